// RuleSet::Match and friends: the per-sentence hot loop.
#include <algorithm>
#include <chrono>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "engine/rules/pattern_start.h"
#include "engine/rules/rule_set.h"
#include "engine/rules/rule_set_internal.h"
#include "engine/rules/word_chars.h"

namespace sangati {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Start of the window of `words` whitespace-separated words ending at
// `anchor`, not before `floor`.
size_t WordsBefore(std::string_view text, size_t anchor, size_t floor, int words) {
  size_t i = anchor;
  for (int w = 0; w < words; ++w) {
    while (i > floor && IsSpace(text[i - 1])) --i;
    if (i == floor) break;
    while (i > floor && !IsSpace(text[i - 1])) --i;
  }
  return i;
}

// End of the window of `words` words starting at `anchor`, not after `ceil`.
size_t WordsAfter(std::string_view text, size_t anchor, size_t ceil, int words) {
  size_t i = anchor;
  for (int w = 0; w < words; ++w) {
    while (i < ceil && IsSpace(text[i])) ++i;
    if (i == ceil) break;
    while (i < ceil && !IsSpace(text[i])) ++i;
  }
  return i;
}

bool Found(const re2::RE2& re, std::string_view text, size_t b, size_t e) {
  return re2::RE2::PartialMatch(re2::StringPiece(text.data() + b, e > b ? e - b : 0), re);
}

// Whether an `except` phrase of the sentence covers [mb, me): "no more
// than" around a negation cue "no", "নয় বছর" (nine years) around "নয়".
bool Excepted(const re2::RE2* except, std::string_view text, Span sentence, size_t mb,
              size_t me) {
  if (except == nullptr) return false;
  const size_t b = WordsBefore(text, mb, sentence.begin, 4);
  const size_t e = WordsAfter(text, me, sentence.end, 4);
  re2::StringPiece window(text.data() + b, e - b);
  re2::StringPiece m;
  size_t pos = 0;
  while (pos < window.size() &&
         except->Match(window, pos, window.size(), re2::RE2::UNANCHORED, &m, 1)) {
    const size_t xb = b + (m.data() - window.data()), xe = xb + m.size();
    if (xb <= mb && xe >= me) return true;
    if (xb >= mb) break;  // later phrases start after the cue
    pos = xb - b + 1;
  }
  return false;
}

// Whether a cue pattern matches somewhere in [b, e) as whole words, outside
// the sentence's `except` phrases.
bool FindCue(const re2::RE2& re, std::string_view text, size_t b, size_t e,
             const re2::RE2* except, Span sentence, std::string* cue) {
  re2::StringPiece window(text.data() + b, e - b);
  re2::StringPiece m;
  size_t pos = 0;
  std::string_view w(text.data() + b, e - b);
  while (pos < w.size() && re.Match(window, pos, w.size(), re2::RE2::UNANCHORED, &m, 1)) {
    size_t mb = m.data() - w.data(), me = mb + m.size();
    if (me > mb && !(WordCharBefore(w, mb) && WordCharAt(w, mb)) &&
        !(WordCharBefore(w, me) && WordCharAt(w, me)) &&
        !Excepted(except, text, sentence, b + mb, b + me)) {
      if (cue) cue->assign(m.data(), m.size());
      return true;
    }
    char32_t c;
    pos = mb + DecodeUtf8(w, mb, &c);
  }
  return false;
}

size_t NextCodePoint(std::string_view s, size_t i) {
  if (i >= s.size()) return s.size() + 1;
  char32_t c;
  return i + DecodeUtf8(s, i, &c);
}

// Where to search again after a match at `begin` (relative to `sentence`)
// was rejected: the next character, or for a rule whose matches must start
// at a word edge, the next word edge (a start inside a word is rejected
// anyway; skipping it spares a scan per character).
size_t NextStart(std::string_view text, Span sentence, size_t begin, bool word_edge) {
  const std::string_view piece = text.substr(sentence.begin, sentence.size());
  size_t p = NextCodePoint(piece, begin);
  if (!word_edge) return p;
  while (p < piece.size() && WordCharBefore(text, sentence.begin + p) &&
         WordCharAt(text, sentence.begin + p)) {
    p = NextCodePoint(piece, p);
  }
  return p;
}

bool IsSentenceGuard(const CompiledGuard& g) {
  return g.type == GuardType::kInSentence || g.type == GuardType::kNotInSentence;
}

// Whether guard `g` lets a match through; `anchor` is the span it is
// measured from (the match or its group; unused by sentence guards).
bool GuardPasses(const CompiledGuard& g, std::string_view text, Span sentence, Span anchor) {
  bool found = false;
  switch (g.type) {
    case GuardType::kNotPrecededBy:
    case GuardType::kPrecededBy:
      found = Found(*g.re, text, WordsBefore(text, anchor.begin, sentence.begin, g.within_words),
                    anchor.begin);
      break;
    case GuardType::kNotFollowedBy:
    case GuardType::kFollowedBy:
      found = Found(*g.re, text, anchor.end,
                    WordsAfter(text, anchor.end, sentence.end, g.within_words));
      break;
    case GuardType::kInSentence:
    case GuardType::kNotInSentence:
      found = Found(*g.re, text, sentence.begin, sentence.end);
      break;
  }
  const bool negative = g.type == GuardType::kNotPrecededBy ||
                        g.type == GuardType::kNotFollowedBy ||
                        g.type == GuardType::kNotInSentence;
  return found != negative;
}

// How far into `sentence` (relative) a match of `r` may start:
// starts_within_words words, or anywhere.
size_t StartLimit(const CompiledRule& r, std::string_view text, Span sentence) {
  if (r.starts_within_words <= 0) return sentence.size();
  return WordsAfter(text, sentence.begin, sentence.end, r.starts_within_words) - sentence.begin;
}

// Whether `sentence` has six or more whitespace-separated words.
bool IsLongSentence(std::string_view sentence) {
  int words = 0;
  bool in_word = false;
  for (char c : sentence) {
    if (IsSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++words == 6) return true;
    }
  }
  return false;
}

// The match of rule `r` in `piece` that starts first at or after `pos`
// (offsets relative to the piece), with `n` groups in `m`. A prefixed scan
// (CompiledRule::scan_prefixed) matches the character before the rule's
// own match too: it is searched from the character before `pos` when that
// one can be the prefix, and m[0] is narrowed to the rule's match;
// `*scan_begin` is where the scan's match began (where captures must be
// taken from).
bool FindRuleMatch(const CompiledRule& r, re2::StringPiece piece, size_t pos,
                   re2::StringPiece* m, int n, size_t* scan_begin) {
  const std::string_view view(piece.data(), piece.size());
  size_t from = pos;
  char32_t c;
  if (r.scan_prefixed && CodePointBefore(view, pos, &c) && IsScanPrefixCodePoint(c)) {
    from = PrevCodePointStart(view, pos);
  }
  if (!r.re->Match(piece, from, piece.size(), re2::RE2::UNANCHORED, m, n)) return false;
  *scan_begin = m[0].data() - piece.data();
  // The prefix is a prefix character, or empty at the piece's start (the
  // rule's match itself begins with a word character or `~`).
  if (r.scan_prefixed && CodePointAt(view, *scan_begin, &c) && IsScanPrefixCodePoint(c)) {
    const size_t skip = DecodeUtf8(view, *scan_begin, &c);
    m[0] = re2::StringPiece(m[0].data() + skip, m[0].size() - skip);
  }
  return true;
}

}  // namespace

struct MatchScratch::Impl {
  // One (rule, document, sentence) to run, ordered rule-major.
  struct Work {
    uint32_t rule, doc, sentence;
    bool operator<(const Work& o) const {
      return std::tie(rule, doc, sentence) < std::tie(o.rule, o.doc, o.sentence);
    }
  };
  std::vector<Work> work;
  std::vector<const Document*> docs;  // Match()'s batch of one
  std::vector<RuleHits> batch_hits;
  static constexpr size_t kMaxCached = 1 << 14;
  std::vector<int> atoms;  // prefilter Set indices found in a sentence
  std::vector<std::vector<int>> local;  // ... by stage, as its atom ids
  std::vector<int> ids;
  std::string key;         // the sorted atoms, as bytes
  // Candidate rules per atom combination (see RuleSet::Candidates).
  absl::flat_hash_map<std::string, std::vector<int>> cache;
  std::vector<int> indices;
  absl::flat_hash_set<std::string_view> seen;  // the document's long sentences so far
  std::vector<re2::StringPiece> pieces;
  std::vector<Span> groups;
  RuleProfile* profile = nullptr;
};

MatchScratch::MatchScratch() : impl_(std::make_unique<Impl>()) {}
MatchScratch::~MatchScratch() = default;
void MatchScratch::set_profile(RuleProfile* profile) { impl_->profile = profile; }

bool RuleSet::AcceptMatch(const CompiledRule& r, std::string_view text, Span sentence,
                          const Span* groups, std::string* reason, GuardScope scope) const {
  Span m = groups[0];
  if (scope == GuardScope::kAll && r.boundary_start && WordCharBefore(text, m.begin) &&
      WordCharAt(text, m.begin)) {
    if (reason) *reason = "the match starts inside a word";
    return false;
  }
  if (scope == GuardScope::kAll && r.boundary_end && WordCharBefore(text, m.end) &&
      WordCharAt(text, m.end)) {
    if (reason) *reason = "the match ends inside a word";
    return false;
  }
  for (const CompiledGuard& g : r.guards) {
    if (!g.re) continue;
    const bool sentence_guard = IsSentenceGuard(g);
    if (scope == GuardScope::kMatchAnchored && (sentence_guard || g.group > 0)) continue;
    if (scope == GuardScope::kGroupAnchored && (sentence_guard || g.group == 0)) continue;
    Span anchor = g.group > 0 ? groups[g.group] : m;
    if (!GroupSet(anchor)) continue;  // the group did not take part
    if (!GuardPasses(g, text, sentence, anchor)) {
      if (reason) {
        *reason = absl::StrCat("rejected by guard ", g.description, " (",
                               FormatLocation(r.file, g.pos), ")");
      }
      return false;
    }
  }
  return true;
}

bool RuleSet::Candidates(std::string_view text, MatchScratch* scratch,
                         std::vector<int>* rules) const {
  const Prefilter& pf = *prefilter_;
  MatchScratch::Impl& s = *scratch->impl_;
  s.atoms.clear();
  if (pf.atoms) {
    re2::RE2::Set::ErrorInfo error{};
    if (!pf.atoms->Match(re2::StringPiece(text.data(), text.size()), &s.atoms, &error) &&
        error.kind != re2::RE2::Set::kNoError) {
      return false;
    }
  }
  if (s.atoms.empty()) {
    rules->assign(pf.always.begin(), pf.always.end());
    return true;
  }
  // Sentences share a handful of atom combinations; FilteredRE2's tree walk
  // is done once per combination and kept in this thread's scratch.
  std::sort(s.atoms.begin(), s.atoms.end());
  s.key.assign(reinterpret_cast<const char*>(s.atoms.data()), s.atoms.size() * sizeof(int));
  if (auto it = s.cache.find(s.key); it != s.cache.end()) {
    *rules = it->second;
    return true;
  }
  rules->assign(pf.always.begin(), pf.always.end());
  s.local.resize(pf.stages.size());
  for (std::vector<int>& local : s.local) local.clear();
  for (int a : s.atoms) {
    for (int t = pf.atom_begin[a]; t < pf.atom_begin[a + 1]; ++t) {
      s.local[pf.atom_of[t].first].push_back(pf.atom_of[t].second);
    }
  }
  for (size_t k = 0; k < pf.stages.size(); ++k) {
    if (s.local[k].empty()) continue;
    const Prefilter::Stage& stage = pf.stages[k];
    stage.filter->AllPotentials(s.local[k], &s.ids);
    for (int id : s.ids) {
      if (!stage.unfiltered[id]) rules->push_back(stage.rule_of[id]);
    }
  }
  std::sort(rules->begin(), rules->end());
  if (s.cache.size() >= MatchScratch::Impl::kMaxCached) s.cache.clear();
  s.cache.emplace(s.key, *rules);
  return true;
}

absl::Status RuleSet::Match(const Document& doc, MatchScratch* scratch, RuleHits* hits) const {
  MatchScratch::Impl& s = *scratch->impl_;
  s.docs.assign(1, &doc);
  s.batch_hits.resize(1);
  std::swap(s.batch_hits[0], *hits);  // append to the caller's hits
  absl::Status status = MatchBatch(s.docs, scratch, &s.batch_hits);
  std::swap(s.batch_hits[0], *hits);
  return status;
}

absl::Status RuleSet::MatchBatch(const std::vector<const Document*>& docs, MatchScratch* scratch,
                                 std::vector<RuleHits>* hits) const {
  if (rules_.empty() || !prefilter_) return absl::OkStatus();
  MatchScratch::Impl& s = *scratch->impl_;
  // Phase 1: the prefilter names the candidate rules of every sentence.
  s.work.clear();
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const Document& doc = *docs[d];
    const size_t n_sentences = doc.sentences.empty() ? 1 : doc.sentences.size();
    s.seen.clear();
    for (size_t si = 0; si < n_sentences; ++si) {
      const Span sentence =
          doc.sentences.empty() ? Span{0, static_cast<uint32_t>(doc.text.size())}
                                : doc.sentences[si];
      if (sentence.empty()) continue;
      // Scraped pages repeat their text: a sentence of six or more words
      // that repeats an earlier one word for word states nothing new.
      if (IsLongSentence(doc.Slice(sentence)) && !s.seen.insert(doc.Slice(sentence)).second) {
        continue;
      }
      const auto start = s.profile ? std::chrono::steady_clock::now()
                                   : std::chrono::steady_clock::time_point();
      const bool found = Candidates(doc.Slice(sentence), scratch, &s.indices);
      if (s.profile) {
        s.profile->prefilter_seconds +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      }
      if (!found) {
        return absl::ResourceExhaustedError(absl::StrCat(
            "the prefilter's RE2::Set ran out of memory matching ", doc.id, " (set_max_mem=",
            options_.set_max_mem, " bytes); raise it"));
      }
      for (int index : s.indices) {
        if (!Applies(rules_[index], doc.language)) continue;
        s.work.push_back({static_cast<uint32_t>(index), d, static_cast<uint32_t>(si)});
      }
    }
  }
  // Phase 2: rule by rule, so that each rule's RE2 (its DFA state tables
  // run to megabytes) stays in the CPU caches while it runs over every
  // candidate sentence of the batch; about twice as fast as sentence by
  // sentence with a hundred rules.
  std::sort(s.work.begin(), s.work.end());
  for (const MatchScratch::Impl::Work& w : s.work) {
    const Document& doc = *docs[w.doc];
    const Span sentence = doc.sentences.empty()
                              ? Span{0, static_cast<uint32_t>(doc.text.size())}
                              : doc.sentences[w.sentence];
    if (s.profile == nullptr) {
      MatchSentence(w.rule, doc.text, sentence, w.sentence, scratch, &(*hits)[w.doc]);
      continue;
    }
    RuleProfile& p = *s.profile;
    if (p.seconds.size() < rules_.size()) {
      p.seconds.resize(rules_.size());
      p.capture_seconds.resize(rules_.size());
      p.sentences.resize(rules_.size());
      p.captures.resize(rules_.size());
      p.hits.resize(rules_.size());
    }
    const size_t before = (*hits)[w.doc].hits.size();
    const auto start = std::chrono::steady_clock::now();
    MatchSentence(w.rule, doc.text, sentence, w.sentence, scratch, &(*hits)[w.doc]);
    p.seconds[w.rule] +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    p.sentences[w.rule] += 1;
    p.hits[w.rule] += (*hits)[w.doc].hits.size() - before;
  }
  return absl::OkStatus();
}

void RuleSet::MatchSentence(uint32_t rule_index, std::string_view text, Span sentence,
                            uint32_t sentence_index, MatchScratch* scratch,
                            RuleHits* hits) const {
  MatchScratch::Impl& s = *scratch->impl_;
  const CompiledRule& r = rules_[rule_index];
  // Sentence guards do not depend on the match: checked first, they spare
  // the rule's own (larger) regexp every sentence they rule out.
  for (const CompiledGuard& g : r.guards) {
    if (g.re && IsSentenceGuard(g) && !GuardPasses(g, text, sentence, sentence)) return;
  }
  const re2::StringPiece piece(text.data() + sentence.begin, sentence.size());
  const int n = r.num_groups + 1;
  if (s.pieces.size() < static_cast<size_t>(n)) s.pieces.resize(n);
  if (s.groups.size() < static_cast<size_t>(n)) s.groups.resize(n);
  const size_t start_limit = StartLimit(r, text, sentence);  // relative
  size_t pos = 0;  // relative to the sentence
  while (pos <= piece.size()) {
    // The whole match first: RE2 finds it with its DFAs alone. Captures
    // need its NFA (slow on programs of 10^4+ instructions), so they are
    // only taken, on exactly that span, for a match that starts and ends
    // at word edges; the rest are retried at the next start, as below.
    size_t scan_begin = 0;
    if (!FindRuleMatch(r, piece, pos, s.pieces.data(), 1, &scan_begin)) break;
    const size_t whole_begin = s.pieces[0].data() - piece.data();
    if (whole_begin > start_limit) break;
    const size_t whole_end = whole_begin + s.pieces[0].size();
    const size_t at = whole_begin + sentence.begin, until = whole_end + sentence.begin;
    if (s.pieces[0].empty() ||
        (r.boundary_start && WordCharBefore(text, at) && WordCharAt(text, at)) ||
        (r.boundary_end && WordCharBefore(text, until) && WordCharAt(text, until))) {
      pos = NextStart(text, sentence, whole_begin, r.boundary_start);
      continue;
    }
    // Guards around the whole match need no groups: checked before them.
    s.groups[0] = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(until)};
    if (!AcceptMatch(r, text, sentence, s.groups.data(), nullptr, GuardScope::kMatchAnchored)) {
      pos = NextStart(text, sentence, whole_begin, r.boundary_start);
      continue;
    }
    if (s.profile) s.profile->captures[rule_index] += 1;
    if (n > 1) {
      const auto start = s.profile ? std::chrono::steady_clock::now()
                                   : std::chrono::steady_clock::time_point();
      const bool matched = r.re->Match(piece, scan_begin, whole_end, re2::RE2::ANCHOR_BOTH,
                                       s.pieces.data(), n);
      s.pieces[0] = re2::StringPiece(piece.data() + whole_begin, whole_end - whole_begin);
      if (s.profile) {
        s.profile->capture_seconds[rule_index] +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      }
      if (!matched) break;  // cannot happen: the same program on the span it matched
    }
    for (int g = 0; g < n; ++g) {
      const re2::StringPiece& p = s.pieces[g];
      if (p.data() == nullptr) {
        s.groups[g] = kUnsetGroup;
      } else {
        uint32_t b = static_cast<uint32_t>(p.data() - text.data());
        s.groups[g] = Span{b, b + static_cast<uint32_t>(p.size())};
      }
    }
    const Span m = s.groups[0];
    const size_t rel_begin = m.begin - sentence.begin;
    if (!m.empty() &&
        AcceptMatch(r, text, sentence, s.groups.data(), nullptr, GuardScope::kGroupAnchored)) {
      RuleHit hit;
      hit.rule = rule_index;
      hit.sentence = sentence_index;
      hit.span = m;
      hit.groups = static_cast<uint32_t>(hits->groups.size());
      hits->groups.insert(hits->groups.end(), s.groups.begin(), s.groups.begin() + n);
      hits->hits.push_back(hit);
      pos = m.end - sentence.begin;
    } else {
      pos = NextStart(text, sentence, rel_begin, r.boundary_start);
    }
  }
}

RuleTrace RuleSet::Trace(const Document& doc, size_t rule_index) const {
  RuleTrace trace;
  const CompiledRule& r = rules_[rule_index];
  trace.language_applies = Applies(r, doc.language);
  if (!r.re) return trace;
  const std::string_view text = doc.text;
  const Span whole{0, static_cast<uint32_t>(text.size())};
  const size_t n_sentences = doc.sentences.empty() ? 1 : doc.sentences.size();
  const int n = r.num_groups + 1;
  std::vector<re2::StringPiece> pieces(n);
  std::vector<Span> groups(n);
  MatchScratch scratch;
  std::vector<int> candidates;
  for (size_t si = 0; si < n_sentences; ++si) {
    const Span sentence = doc.sentences.empty() ? whole : doc.sentences[si];
    re2::StringPiece piece(text.data() + sentence.begin, sentence.size());
    if (Candidates(std::string_view(piece.data(), piece.size()), &scratch, &candidates) &&
        std::binary_search(candidates.begin(), candidates.end(), static_cast<int>(rule_index))) {
      trace.prefilter_hit = true;
    }
    const size_t start_limit = StartLimit(r, text, sentence);
    size_t pos = 0;
    size_t scan_begin = 0;
    while (pos <= piece.size() && FindRuleMatch(r, piece, pos, pieces.data(), n, &scan_begin)) {
      for (int g = 0; g < n; ++g) {
        if (pieces[g].data() == nullptr) {
          groups[g] = kUnsetGroup;
        } else {
          uint32_t b = static_cast<uint32_t>(pieces[g].data() - text.data());
          groups[g] = Span{b, b + static_cast<uint32_t>(pieces[g].size())};
        }
      }
      MatchAttempt attempt;
      attempt.sentence = static_cast<uint32_t>(si);
      attempt.span = groups[0];
      attempt.groups = groups;
      if (groups[0].begin - sentence.begin > start_limit) {
        attempt.reason = absl::StrCat("starts after word ", r.starts_within_words,
                                      " of its sentence (starts_within_words)");
        trace.attempts.push_back(attempt);
        break;
      }
      if (groups[0].empty()) {
        attempt.reason = "empty match";
      } else {
        attempt.accepted = AcceptMatch(r, text, sentence, groups.data(), &attempt.reason);
      }
      // After a rejection the search resumes one character later, which
      // mostly finds the same words again starting inside a word; such
      // echoes of the previous attempt are not worth showing.
      bool echo = !attempt.accepted && !trace.attempts.empty() &&
                  attempt.span.begin < trace.attempts.back().span.end &&
                  attempt.reason == "the match starts inside a word";
      if (!echo) trace.attempts.push_back(attempt);
      pos = attempt.accepted ? groups[0].end - sentence.begin
                             : NextCodePoint(piece, groups[0].begin - sentence.begin);
    }
  }
  return trace;
}

namespace {

bool CuesApply(const CompiledCues& c, Language language) {
  return c.language == "any" || language == Language::kUnknown ||
         c.language == LanguageCode(language);
}

// Where an entry's cues count: `within_words` around the claim, or the
// whole sentence.
std::pair<size_t, size_t> CueWindow(const CompiledCues& c, std::string_view text, Span sentence,
                                    Span claim) {
  if (c.within_words <= 0) return {sentence.begin, sentence.end};
  size_t b = WordsBefore(text, claim.begin, sentence.begin, c.within_words);
  size_t e = WordsAfter(text, claim.end, sentence.end, c.within_words);
  if (c.clause_break) {
    // The window stops at the last clause break before the claim and the
    // first after it.
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m;
    size_t from = b;
    while (from < claim.begin &&
           c.clause_break->Match(input, from, claim.begin, re2::RE2::UNANCHORED, &m, 1)) {
      b = static_cast<size_t>(m.data() + m.size() - text.data());
      from = std::max(b, static_cast<size_t>(m.data() - text.data()) + 1);
    }
    if (claim.end < e &&
        c.clause_break->Match(input, claim.end, e, re2::RE2::UNANCHORED, &m, 1)) {
      e = static_cast<size_t>(m.data() - text.data());
    }
  }
  return {b, e};
}

}  // namespace

bool RuleSet::SpeaksOfFuture(std::string_view text, Span sentence, Span claim,
                             Language language) const {
  for (const CompiledCues& c : cues_) {
    if (!c.future || !CuesApply(c, language)) continue;
    auto [b, e] = CueWindow(c, text, sentence, claim);
    if (FindCue(*c.future, text, b, e, c.except.get(), sentence, nullptr)) return true;
  }
  return false;
}

Modality RuleSet::ModalityFor(std::string_view text, Span sentence, Span claim,
                              Language language, std::string* cue) const {
  Modality result = Modality::kAsserted;
  auto applies = [&](const CompiledCues& c) { return CuesApply(c, language); };
  auto window = [&](const CompiledCues& c) { return CueWindow(c, text, sentence, claim); };
  // A call or a hope first: what is urged ("urged Russia not to buy arms")
  // is neither asserted nor denied, whatever negation it contains.
  for (const CompiledCues& c : cues_) {
    if (!c.directive || !applies(c)) continue;
    auto [b, e] = window(c);
    if (FindCue(*c.directive, text, b, e, c.except.get(), sentence, cue)) return Modality::kHedged;
  }
  for (const CompiledCues& c : cues_) {
    if (!applies(c)) continue;
    auto [b, e] = window(c);
    const re2::RE2* except = c.except.get();
    if ((c.denial && FindCue(*c.denial, text, b, e, except, sentence, cue)) ||
        (c.negation && FindCue(*c.negation, text, b, e, except, sentence, cue))) {
      return Modality::kDenied;
    }
    if (result == Modality::kAsserted && c.hedge &&
        FindCue(*c.hedge, text, b, e, except, sentence, cue)) {
      result = Modality::kHedged;
    }
  }
  return result;
}

}  // namespace sangati
