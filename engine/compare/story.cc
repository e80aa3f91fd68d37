#include "engine/compare/story.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/compare/claim_key.h"
#include "engine/compare/time_frame.h"
#include "engine/core/utf8.h"

namespace sangati {
namespace {

// Bengali literals here are written with precomposed য় ড় ঢ় (U+09DF,
// U+09DC, U+09DD), the canonical form of Document::text; a decomposed
// literal would never meet a word of the text.
//
// Words that say nothing about which story a text tells. Bengali: particles,
// pronouns, postpositions and the verbs of reporting and being; English: the
// usual function words. Both lists are short on purpose: tf-idf discounts
// the rest of what every article says.
constexpr std::string_view kStopWords[] = {
    // Bengali
    "এবং", "এই", "সেই", "ওই", "তিনি", "তারা", "তাঁরা", "তাঁর", "তার", "তাদের", "তাঁদের", "আমি",
    "আমরা", "আমাদের", "আপনি", "করে", "করেন", "করেছে", "করেছেন", "করা", "করতে", "করার",
    "হয়", "হয়েছে", "হয়েছিল", "হবে", "হচ্ছে", "হলে", "হয়ে", "হলো", "হল", "থেকে", "জন্য",
    "দিয়ে", "নিয়ে", "সঙ্গে", "সাথে", "মধ্যে", "পরে", "আগে", "একটি", "কিন্তু", "তবে", "যদি",
    "যেন", "এখন", "তখন", "সময়", "অনেক", "কোনো", "কোন", "এতে", "এটি", "এটা", "ছিল",
    "ছিলেন", "আছে", "রয়েছে", "হিসেবে", "পর্যন্ত", "বিষয়ে", "ব্যাপারে", "বলেন", "বলেছেন",
    "বলেছে", "জানান", "জানায়", "জানিয়েছে", "জানিয়েছেন", "আরও", "আরো", "গত", "প্রায়",
    "শুধু", "কেবল", "এমন", "যার", "যাদের", "যেখানে", "সেখানে", "উপর", "ওপর", "নাম",
    "বলে", "দেওয়া", "দেয়া", "নেওয়া", "যাওয়া", "পারে", "পারেন", "প্রতি", "একই", "মোট",
    // English
    "the", "and", "for", "that", "with", "from", "this", "was", "were", "are", "has", "have",
    "had", "been", "will", "would", "could", "should", "said", "says", "told", "its", "his",
    "her", "their", "they", "them", "him", "she", "not", "but", "also", "which", "who",
    "whom", "what", "when", "where", "there", "than", "then", "into", "over", "after",
    "before", "about", "more", "most", "some", "all", "any", "one", "two", "out", "our",
    "you", "your", "can", "may", "per", "being", "while", "other", "such", "only", "just",
    "last", "first", "new", "year", "years", "week", "month", "day", "days", "according",
};

// Bengali case endings and classifiers, longest first; one is taken off a
// word when at least two letters remain.
constexpr std::string_view kBengaliEndings[] = {
    "গুলোর", "গুলোকে", "গুলো", "গুলি", "দেরকে", "দের", "য়ের", "টির", "টিকে", "টিতে", "ের",
    "এর", "কে", "রা", "তে", "টি", "টা", "য়", "ে"};
// Endings tried for entity names only, after the above: the genitive র
// after a vowel (রাশিয়ার, কেসিএনএর) and nothing else.
constexpr std::string_view kBengaliNameEndings[] = {"র"};

bool IsBengali(char32_t c) { return c >= 0x0980 && c <= 0x09FF; }
bool IsDigit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0x09E6 && c <= 0x09EF); }

// Lower-cased words of `text`: runs of word characters that hold a letter.
void Words(std::string_view text, std::vector<std::string>* out) {
  std::string word;
  bool has_letter = false;
  auto flush = [&] {
    if (!word.empty() && has_letter) out->push_back(word);
    word.clear();
    has_letter = false;
  };
  for (size_t i = 0; i < text.size();) {
    char32_t c;
    const size_t n = DecodeUtf8(text, i, &c);
    if (IsWordCodePoint(c) && c != '_') {
      if (c < 0x80) {
        word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      } else {
        word.append(text.substr(i, n));
      }
      if (!IsDigit(c)) has_letter = true;
    } else {
      flush();
    }
    i += n;
  }
  flush();
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool StartsBengali(std::string_view w) {
  char32_t c = 0;
  if (!w.empty()) DecodeUtf8(w, 0, &c);
  return IsBengali(c);
}

// `word` without one Bengali ending, or an English plural -s.
std::string_view Stem(std::string_view word) {
  if (StartsBengali(word)) {
    for (std::string_view e : kBengaliEndings) {
      if (word.size() > e.size() && word.substr(word.size() - e.size()) == e &&
          CodePoints(word.substr(0, word.size() - e.size())) >= 2) {
        return word.substr(0, word.size() - e.size());
      }
    }
    return word;
  }
  const std::string_view tail = word.substr(word.size() >= 2 ? word.size() - 2 : 0);
  if (word.size() > 4 && word.back() == 's' && tail != "ss" && tail != "us" && tail != "is") {
    return word.substr(0, word.size() - 1);
  }
  return word;
}

// Finds the entities of the lists in a word sequence by their spellings.
class EntitySpotter {
 public:
  explicit EntitySpotter(const std::vector<Entity>& entities) {
    std::vector<std::string> words;
    for (size_t e = 0; e < entities.size(); ++e) {
      for (const std::string& name : entities[e].names) {
        words.clear();
        Words(name, &words);
        if (words.empty()) continue;
        // One short word ("US", "UN", "ও") is too often something else.
        if (words.size() == 1 && CodePoints(words[0]) < 3) continue;
        if (words.size() == 1 && Stop(words[0])) continue;
        names_.try_emplace(absl::StrJoin(words, " "), static_cast<int>(e));
        if (words.size() > 1) {
          size_t& longest = longest_from_[words[0]];
          longest = std::max(longest, words.size());
        }
      }
    }
  }

  // Appends the index of each entity named in `words`, longest name first.
  // Only a name's last word takes a case ending, so a name of several words
  // is looked for only where its first word stands as it is.
  void Spot(const std::vector<std::string>& words, std::vector<int>* out) const {
    std::string prefix, key;
    for (size_t i = 0; i < words.size();) {
      size_t taken = 0;
      if (auto it = longest_from_.find(words[i]); it != longest_from_.end()) {
        for (size_t n = std::min(it->second, words.size() - i); n >= 2 && taken == 0; --n) {
          prefix.clear();
          for (size_t k = 0; k + 1 < n; ++k) absl::StrAppend(&prefix, words[i + k], " ");
          if (int e = Find(prefix, words[i + n - 1], &key); e >= 0) {
            out->push_back(e);
            taken = n;
          }
        }
      }
      if (taken == 0) {
        prefix.clear();
        if (int e = Find(prefix, words[i], &key); e >= 0) {
          out->push_back(e);
          taken = 1;
        }
      }
      i += taken > 0 ? taken : 1;
    }
  }

  static bool Stop(std::string_view w) {
    static const auto* stop = new absl::flat_hash_set<std::string_view>(
        std::begin(kStopWords), std::end(kStopWords));
    return stop->contains(w);
  }

 private:
  // The entity spelled `prefix` + `last` (or `last` without a Bengali
  // ending), or -1.
  int Find(const std::string& prefix, std::string_view last, std::string* scratch) const {
    std::string& key = *scratch;
    key.assign(prefix);
    key.append(last);
    if (auto it = names_.find(key); it != names_.end()) return it->second;
    if (!StartsBengali(last)) return -1;
    auto try_ending = [&](std::string_view e) {
      if (last.size() <= e.size() || last.substr(last.size() - e.size()) != e) return -1;
      key.assign(prefix);
      key.append(last.substr(0, last.size() - e.size()));
      auto it = names_.find(key);
      return it == names_.end() ? -1 : it->second;
    };
    for (std::string_view e : kBengaliEndings) {
      if (int found = try_ending(e); found >= 0) return found;
    }
    for (std::string_view e : kBengaliNameEndings) {
      if (int found = try_ending(e); found >= 0) return found;
    }
    return -1;
  }

  absl::flat_hash_map<std::string, int> names_;  // words joined by ' ' -> entity index
  // First word of a name of several words -> the most words such a name has.
  absl::flat_hash_map<std::string, size_t> longest_from_;
};

// A sparse vector: (feature id, weight), sorted by id.
using SparseVector = std::vector<std::pair<int, float>>;

// Feature ids and document frequencies of one feature space.
class FeatureSpace {
 public:
  int Id(const std::string& feature) {
    auto [it, inserted] = ids_.try_emplace(feature, static_cast<int>(df_.size()));
    if (inserted) df_.push_back(0);
    return it->second;
  }
  // Turns per-document counts into tf-idf vectors (log tf, smooth idf)
  // divided by sqrt(|v|^2 + shrink * idf_max^2): unit vectors when `shrink`
  // is 0; with shrink > 0 a document with little evidence (one common
  // feature) gets a short vector, so it cannot look similar to everything
  // that shares that one feature.
  std::vector<SparseVector> Weigh(std::vector<absl::flat_hash_map<int, int>>& counts,
                                  double shrink) {
    for (const auto& doc : counts) {
      for (const auto& [f, n] : doc) df_[f] += 1;
    }
    const double n_docs = static_cast<double>(counts.size());
    std::vector<SparseVector> vectors(counts.size());
    for (size_t d = 0; d < counts.size(); ++d) {
      SparseVector& v = vectors[d];
      double norm = 0;
      for (const auto& [f, n] : counts[d]) {
        const double w = (1 + std::log(n)) * (std::log((n_docs + 1) / (df_[f] + 1)) + 1);
        v.emplace_back(f, static_cast<float>(w));
        norm += w * w;
      }
      std::sort(v.begin(), v.end());
      const double idf_max = std::log(n_docs + 1) + 1;
      norm = std::sqrt(norm + shrink * idf_max * idf_max);
      if (norm == 0) continue;
      for (auto& [f, w] : v) w = static_cast<float>(w / norm);
      counts[d].clear();
    }
    return vectors;
  }

 private:
  absl::flat_hash_map<std::string, int> ids_;
  std::vector<int> df_;
};

// The sum of a story's member vectors, and its `kept` strongest features
// that documents are compared with: a story's core vocabulary, so a large
// story's long tail of words does not make it look like every article.
class Centroid {
 public:
  // Cosine of the kept features with a unit vector.
  double Cosine(const SparseVector& v) const {
    if (kept_norm2_ <= 0) return 0.0;
    double dot = 0;
    for (const auto& [f, w] : v) {
      if (auto it = kept_.find(f); it != kept_.end()) dot += it->second * w;
    }
    return dot / std::sqrt(kept_norm2_);
  }
  bool empty() const { return weights_.empty(); }
  void Add(const SparseVector& v, size_t kept) {
    for (const auto& [f, w] : v) weights_[f] += w;
    std::vector<std::pair<double, int>> all;
    all.reserve(weights_.size());
    for (const auto& [f, w] : weights_) all.emplace_back(-w, f);
    if (all.size() > kept) {
      std::nth_element(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(kept), all.end());
      all.resize(kept);
    }
    kept_.clear();
    kept_norm2_ = 0;
    for (const auto& [w, f] : all) {
      kept_[f] = -w;
      kept_norm2_ += w * w;
    }
  }

 private:
  absl::flat_hash_map<int, double> weights_;
  absl::flat_hash_map<int, double> kept_;
  double kept_norm2_ = 0;
};

struct Story {
  Centroid words[3];  // by Language
  Centroid anchors;
  std::optional<int64_t> first_day, last_day;
};

int LanguageSlot(Language l) {
  return l == Language::kBengali ? 1 : l == Language::kEnglish ? 2 : 0;
}

// The strongest `k` features of `v`.
std::vector<int> Strongest(const SparseVector& v, size_t k) {
  std::vector<std::pair<float, int>> by_weight;
  for (const auto& [f, w] : v) by_weight.emplace_back(-w, f);
  std::sort(by_weight.begin(), by_weight.end());
  std::vector<int> out;
  for (size_t i = 0; i < std::min(k, by_weight.size()); ++i) out.push_back(by_weight[i].second);
  return out;
}

}  // namespace

std::vector<int> GroupStories(const std::vector<Document>& docs,
                              const std::vector<Claim>& claims,
                              const std::vector<Entity>& entities,
                              const StoryOptions& options) {
  const size_t n = docs.size();
  if (n <= options.one_story_up_to) return std::vector<int>(n, 0);
  // 1. Features of every document.
  const EntitySpotter spotter(entities);
  FeatureSpace word_space, anchor_space;
  std::vector<absl::flat_hash_map<int, int>> word_counts(n), anchor_counts(n);
  std::vector<std::string> words;
  std::vector<int> spotted;
  for (size_t d = 0; d < n; ++d) {
    for (int part = 0; part < 2; ++part) {
      words.clear();
      Words(part == 0 ? std::string_view(docs[d].title) : std::string_view(docs[d].text),
            &words);
      const int times = part == 0 ? 3 : 1;  // the headline says what the story is
      for (const std::string& w : words) {
        if (CodePoints(w) < 3 || EntitySpotter::Stop(w)) continue;
        word_counts[d][word_space.Id(std::string(Stem(w)))] += times;
      }
      spotted.clear();
      spotter.Spot(words, &spotted);
      for (int e : spotted) {
        anchor_counts[d][anchor_space.Id(absl::StrCat("e:", entities[e].id))] += times;
      }
    }
  }
  for (const Claim& c : claims) {
    if (c.document_index >= n || c.kind == kKindAttribution) continue;
    const ClaimKey key = ComputeClaimKey(c);
    anchor_counts[c.document_index][anchor_space.Id(absl::StrCat("t:", key.topic))] += 1;
    if (!key.place.empty()) {
      anchor_counts[c.document_index][anchor_space.Id(absl::StrCat("p:", key.place))] += 1;
    }
  }
  const std::vector<SparseVector> word_vectors = word_space.Weigh(word_counts, 0);
  const std::vector<SparseVector> anchor_vectors =
      anchor_space.Weigh(anchor_counts, options.anchor_shrink);

  // 2. Single pass in order of publication: join the most similar story or
  // start one.
  std::vector<std::optional<int64_t>> day(n);
  for (size_t d = 0; d < n; ++d) {
    if (docs[d].published) {
      if (std::optional<DayRange> r = ParseIsoDays(*docs[d].published)) day[d] = r->first;
    }
  }
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const int64_t da = day[a].value_or(std::numeric_limits<int64_t>::max());
    const int64_t db = day[b].value_or(std::numeric_limits<int64_t>::max());
    return da < db;
  });
  constexpr size_t kIndexed = 12;  // features per document in the inverted index
  std::vector<Story> stories;
  absl::flat_hash_map<int, std::vector<int>> word_postings, anchor_postings;
  std::vector<int> story_of(n, -1);
  std::vector<int> candidates;
  for (size_t d : order) {
    const SparseVector& wv = word_vectors[d];
    const SparseVector& av = anchor_vectors[d];
    const int slot = LanguageSlot(docs[d].language);
    candidates.clear();
    for (auto [vector, postings] : {std::pair(&wv, &word_postings), std::pair(&av, &anchor_postings)}) {
      for (int f : Strongest(*vector, kIndexed)) {
        if (auto it = postings->find(f); it != postings->end()) {
          candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        }
      }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    int best = -1;
    double best_score = 0;
    for (int s : candidates) {
      const Story& story = stories[s];
      if (day[d] && story.first_day &&
          (*day[d] < *story.first_day - options.max_days_apart ||
           *day[d] > *story.last_day + options.max_days_apart)) {
        continue;
      }
      // Words when the story has documents in this one's language; the
      // anchors only to meet a story told in other languages so far.
      const bool same_language = !story.words[slot].empty();
      const double word_sim = story.words[slot].Cosine(wv);
      const double anchor_sim = same_language ? 0.0 : story.anchors.Cosine(av);
      if (word_sim < options.min_word_similarity && anchor_sim < options.min_anchor_similarity) {
        continue;
      }
      // Scored relative to the thresholds, so either kind of evidence counts.
      const double score = std::max(word_sim / options.min_word_similarity,
                                    anchor_sim / options.min_anchor_similarity);
      if (score > best_score) {
        best_score = score;
        best = s;
      }
    }
    if (best < 0) {
      best = static_cast<int>(stories.size());
      stories.emplace_back();
    }
    Story& story = stories[best];
    story.words[slot].Add(wv, options.centroid_features);
    story.anchors.Add(av, options.centroid_features);
    if (day[d]) {
      story.first_day = std::min(story.first_day.value_or(*day[d]), *day[d]);
      story.last_day = std::max(story.last_day.value_or(*day[d]), *day[d]);
    }
    for (auto [vector, postings] : {std::pair(&wv, &word_postings), std::pair(&av, &anchor_postings)}) {
      for (int f : Strongest(*vector, kIndexed)) {
        std::vector<int>& p = (*postings)[f];
        if (p.empty() || p.back() != best) p.push_back(best);
      }
    }
    story_of[d] = best;
  }

  // 3. Number stories in order of their first document.
  std::vector<int> renumber(stories.size(), -1);
  int next = 0;
  for (size_t d = 0; d < n; ++d) {
    if (renumber[story_of[d]] < 0) renumber[story_of[d]] = next++;
    story_of[d] = renumber[story_of[d]];
  }
  return story_of;
}

}  // namespace sangati
