#include "engine/rules/entity_index.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/core/absl_compat.h"
#include "engine/core/calendar_names.h"
#include "engine/rules/word_chars.h"
#include "re2/re2.h"

namespace sangati {
namespace {

// Bengali case and number endings that follow a name, longest first within
// each group so RE2's leftmost-first alternation takes the whole ending:
// genitive ের/এর/র/য়ের, objective কে, plural রা/েরা/এরা/দের, locative
// য়/য়ে/ে/তে/এ. Each may be followed by emphatic ও/ই, and written after a
// hyphen or apostrophe (কেসিএনএ-র, কেসিএনএ'র).
const std::vector<std::string>& BengaliEndings() {
  static const auto* kEndings = [] {
    auto* v = new std::vector<std::string>{
        "য়েরা", "য়ের", "েরা", "এরা", "দের", "য়ে", "ের", "এর", "রা", "কে", "তে",
        "য়", "র", "ে", "এ",
        // the postposition "including" written onto the noun: ঢাকাসহ, হোসেনসহ
        "সহ"};
    for (std::string& e : *v) e = FoldNukta(e);  // precomposed য়, as in documents
    return v;
  }();
  return *kEndings;
}

// Every ending Resolve() may strip, longest (in bytes) first.
const std::vector<std::string>& StrippableEndings() {
  static const auto* kAll = [] {
    auto* v = new std::vector<std::string>;
    for (const std::string& e : BengaliEndings()) {
      v->push_back(e);
      v->push_back(e + "ও");
      v->push_back(e + "ই");
    }
    v->push_back("ও");
    v->push_back("ই");
    v->push_back("'s");
    v->push_back("s'");
    std::stable_sort(v->begin(), v->end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return v;
  }();
  return *kAll;
}

bool IsTrimChar(char32_t c) {
  if (c < 0x80) return !absl::ascii_isalnum(static_cast<unsigned char>(c)) && c != '_';
  return !IsWordCodePoint(c);
}

// All-upper-case ASCII names (US, UN, KCNA) are acronyms: matched and looked
// up case-sensitively, so the word "us" is not the United States.
bool IsAcronym(std::string_view name) {
  bool letter = false;
  for (char c : name) {
    if (absl::ascii_islower(static_cast<unsigned char>(c))) return false;
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    if (absl::ascii_isupper(static_cast<unsigned char>(c))) letter = true;
  }
  return letter;
}

bool HasAsciiLetter(std::string_view name) {
  return std::any_of(name.begin(), name.end(),
                     [](char c) { return absl::ascii_isalpha(static_cast<unsigned char>(c)); });
}

// Quotes a name for RE2, letting any run of spaces or hyphens inside it
// match any other such run ("কিম জং-উন" finds "কিম জং উন"). Latin names
// other than acronyms match in any case.
std::string NamePattern(std::string_view name) {
  std::string out = HasAsciiLetter(name) && !IsAcronym(name) ? "(?i:" : "(?:";
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out += RE2::QuoteMeta(word);
    word.clear();
  };
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == ' ' || c == '-') {
      flush();
      while (i + 1 < name.size() && (name[i + 1] == ' ' || name[i + 1] == '-')) ++i;
      out += "[\\s\\-]+";
    } else {
      word += c;
    }
  }
  flush();
  out += ")";
  return out;
}

// Orders names for one RE2 alternation: byte order, so that names sharing
// a beginning stand side by side and RE2 factors them into a trie (a flat
// alternation of a thousand names makes every DFA state hold a thousand
// threads: ten times slower), except that a name comes after the longer
// names it begins (Sheikh Hasina Wajed before Sheikh Hasina), so that
// leftmost-first matching prefers the longest name. Removes duplicates.
// Names are compared as NamePattern() matches them: ASCII names other than
// acronyms case-insensitively, so that "JaPa" (the Jatiya Party) counts as
// a beginning of "Japan" and comes after it.
void SortForAlternation(std::vector<std::string>* names) {
  auto folded = [](const std::string& name) {
    if (IsAcronym(name)) return name;
    std::string f = name;
    for (char& c : f) c = absl::ascii_tolower(static_cast<unsigned char>(c));
    return f;
  };
  std::vector<std::pair<std::string, std::string>> keyed;
  keyed.reserve(names->size());
  for (std::string& n : *names) keyed.emplace_back(folded(n), std::move(n));
  std::sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) {
    const std::string& a = x.first;
    const std::string& b = y.first;
    const size_t n = std::min(a.size(), b.size());
    const int c = a.compare(0, n, b, 0, n);
    if (c != 0) return c < 0;
    if (a.size() != b.size()) return a.size() > b.size();
    return x.second < y.second;
  });
  names->clear();
  for (auto& [key, name] : keyed) names->push_back(std::move(name));
  names->erase(std::unique(names->begin(), names->end()), names->end());
}

// Whether `name` has an ASCII or Bengali digit (০-৯ are U+09E6-U+09EF,
// E0 A7 A6-AF in UTF-8).
bool HasDigit(std::string_view name) {
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= '0' && c <= '9') return true;
    if (c == 0xE0 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0xA7 &&
        static_cast<unsigned char>(name[i + 2]) >= 0xA6 &&
        static_cast<unsigned char>(name[i + 2]) <= 0xAF) {
      return true;
    }
  }
  return false;
}

// One RE2 alternation of `names` (no group), ordered by SortForAlternation.
std::string NameAlternation(std::vector<std::string> names) {
  SortForAlternation(&names);
  std::vector<std::string> quoted;
  quoted.reserve(names.size());
  for (const std::string& n : names) quoted.push_back(NamePattern(n));
  return absl::StrJoin(quoted, "|");
}

// The RE2 finding any of `names` (group 1) plus an optional inflection;
// null when there are no names or the pattern does not compile.
std::unique_ptr<RE2> MentionPattern(std::vector<std::string> names, int64_t max_mem) {
  if (names.empty()) return nullptr;
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(max_mem);
  auto re = std::make_unique<RE2>(
      absl::StrCat("(", NameAlternation(std::move(names)), ")", EntityIndex::InflectionPattern()),
      options);
  if (!re->ok()) return nullptr;
  return re;
}

// Capitalised words that may follow a person's Latin-script name without
// making it a longer name (NameContinuation): days, months and times of
// day ("Touhid Hossain Monday"); function, sentence-opening and reporting
// words, as headlines and glued subheadings write them ("Trump Says",
// "Nahid Islam Asked about ..."); titles in apposition; and the words of
// bodies, places, things and eras named after a person ("Trump
// Administration", "Begum Khaleda Zia Hall", "Muhammad Yunus Centre"). Any
// other capitalised word continues a personal name ("Hasan Mahmud Khan",
// "Donald Trump Jr", "Kim Yong Chol").
bool FollowsNameWithoutContinuing(std::string_view word) {
  static const auto* kWords = new std::unordered_set<std::string_view>{
      // days, months, times
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
      "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Today", "Tonight", "Yesterday", "Tomorrow", "Morning",
      "Evening", "Night", "Afternoon", "Noon",
      // function and sentence-opening words
      "The", "An", "And", "Or", "But", "Nor", "So", "Yet", "If", "Of", "In", "On", "At", "To",
      "For", "From", "With", "Without", "Within", "By", "As", "After", "Before", "During",
      "Since", "Until", "While", "When", "Where", "Who", "Whom", "Whose", "Which", "What",
      "Why", "How", "That", "This", "These", "Those", "It", "Its", "He", "She", "They", "We",
      "His", "Her", "Their", "Our", "There", "Here", "Is", "Was", "Are", "Were", "Be", "Been",
      "Will", "Would", "Shall", "Should", "Can", "Could", "Might", "Must", "Has", "Had",
      "Have", "Do", "Does", "Did", "Not", "No", "Also", "Only", "Even", "Still", "Then", "Now",
      "Meanwhile", "However", "Moreover", "Besides", "Earlier", "Later", "According",
      "Speaking", "Addressing", "Asked", "Replying", "Responding", "Talking", "Regarding",
      "Following", "Despite", "Amid", "Against", "Under", "Over", "About", "Into", "Through",
      "Via", "Vs",
      // reporting and headline verbs
      "Say", "Says", "Said", "Tells", "Told", "Adds", "Added", "Asks", "States", "Stated",
      "Claims", "Claimed", "Urges", "Urged", "Calls", "Called", "Meet", "Meets", "Met",
      "Visit", "Visits", "Visited", "Arrives", "Arrived", "Leaves", "Left", "Returns",
      "Returned", "Wins", "Won", "Warns", "Warned", "Slams", "Vows", "Seeks", "Sought",
      "Holds", "Held", "Joins", "Joined", "Speaks", "Spoke", "Talks", "Expresses",
      "Expressed", "Expressing", "Greets", "Greeted", "Thanks", "Thanked", "Hails",
      "Hailed", "Rejects", "Rejected", "Denies", "Denied", "Announces", "Announced", "Takes",
      "Took", "Files", "Filed", "Pays", "Paid", "Lays", "Laid", "Casts", "Inaugurates",
      "Inaugurated", "Opens", "Opened", "Launches", "Launched", "Condemns", "Condemned",
      "Writes", "Wrote", "Insists", "Demands", "Demanded", "Sends", "Sent", "Receives",
      "Received", "Criticises", "Criticizes", "Criticised", "Criticized", "Accuses",
      "Accused", "Blames", "Blamed", "Praises", "Praised", "Welcomes", "Welcomed", "Becomes",
      "Became", "Gets", "Got",
      // titles in apposition
      "Adviser", "Advisor", "Minister", "President", "Chairman", "Chairperson", "Secretary",
      "Governor", "Mayor", "Spokesperson", "Spokesman", "Leader", "Convener", "Chief",
      // bodies, places, things and eras named after a person
      "Government", "Administration", "Cabinet", "Regime", "Era", "Doctrine", "Plan",
      "Ministry", "Foundation", "Trust", "Centre", "Center", "Institute", "University",
      "College", "School", "Hospital", "Medical", "Road", "Street", "Avenue", "Lane",
      "Bridge", "Setu", "Tower", "Stadium", "Hall", "Auditorium", "Airport", "Museum", "Park",
      "Square", "Award", "Awards", "Prize", "Cup", "Trophy", "Memorial", "Mausoleum",
      "Novo", "Theatre", "Complex", "Bhaban", "Bhavan", "Chattar", "Sarani", "Nagar",
      "Marathon", "Tunnel", "Cantonment", "Mosque", "Market", "Organisation",
      "Organization", "Group", "Company", "Club", "Party", "League", "Council", "Committee",
      "Forum", "Society", "Camp", "Campaign", "Team", "Family", "Supporters", "Loyalists"};
  return kWords->contains(word);
}

}  // namespace

const std::string& EntityIndex::InflectionPattern() {
  static const auto* kPattern = [] {
    std::vector<std::string> endings;
    for (const std::string& e : BengaliEndings()) endings.push_back(RE2::QuoteMeta(e));
    return new std::string(absl::StrCat("(?:[\\-']?(?:", absl::StrJoin(endings, "|"),
                                        ")(?:ও|ই)?|[\\-']?(?:ও|ই)|'s)?"));
  }();
  return *kPattern;
}

std::string EntityIndex::NameKey(std::string_view name) { return Key(name, true); }

std::string EntityIndex::Key(std::string_view name, bool lower) {
  std::string folded = FoldNukta(name);
  std::string_view s = folded;
  // Trim non-word characters at both ends.
  size_t b = 0, e = s.size();
  while (b < e) {
    char32_t c;
    size_t n = DecodeUtf8(s, b, &c);
    if (!IsTrimChar(c)) break;
    b += n;
  }
  while (e > b) {
    size_t p = PrevCodePointStart(s, e);
    char32_t c;
    DecodeUtf8(s, p, &c);
    if (!IsTrimChar(c)) break;
    e = p;
  }
  std::string out;
  out.reserve(e - b);
  bool space = false;
  for (size_t i = b; i < e; ++i) {
    char c = s[i];
    if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(lower ? absl::ascii_tolower(static_cast<unsigned char>(c)) : c);
  }
  return out;
}

EntityIndex::EntityIndex(std::vector<Entity> entities, int64_t max_mem)
    : entities_(std::move(entities)) {
  std::vector<std::string> names, numbered;
  for (size_t i = 0; i < entities_.size(); ++i) {
    by_id_.emplace(entities_[i].id, i);
    for (const std::string& name : entities_[i].names) {
      std::string key = Key(name, !IsAcronym(name));
      if (key.empty()) continue;
      by_name_.emplace(key, i);  // the first entity to claim a name keeps it
      names.push_back(name);
      if (HasDigit(name)) numbered.push_back(name);
    }
  }
  mentions_ = MentionPattern(std::move(names), max_mem);
  numbered_ = MentionPattern(std::move(numbered), max_mem);
}

EntityIndex::~EntityIndex() = default;

const Entity* EntityIndex::Find(std::string_view id) const {
  auto it = by_id_.find(AbslView(id));
  return it == by_id_.end() ? nullptr : &entities_[it->second];
}

std::vector<std::string> EntityIndex::Types() const {
  std::set<std::string> types;
  for (const Entity& e : entities_) types.insert(e.type);
  return {types.begin(), types.end()};
}

const Entity* EntityIndex::Lookup(std::string_view name) const {
  // Acronyms are stored as written, other names lower-cased.
  if (auto it = by_name_.find(AbslView(Key(name, false))); it != by_name_.end()) {
    return &entities_[it->second];
  }
  if (auto it = by_name_.find(AbslView(Key(name, true))); it != by_name_.end()) {
    return &entities_[it->second];
  }
  return nullptr;
}

const Entity* EntityIndex::Resolve(std::string_view name) const {
  std::string key = Key(name, false);
  if (key.empty()) return nullptr;
  if (const Entity* e = Lookup(key)) return e;
  for (const std::string& ending : StrippableEndings()) {
    if (key.size() <= ending.size() || !std::string_view(key).ends_with(ending)) continue;
    std::string base = Key(std::string_view(key).substr(0, key.size() - ending.size()), false);
    if (base.empty()) continue;
    if (const Entity* e = Lookup(base)) return e;
  }
  return nullptr;
}

void EntityIndex::FindMentions(std::string_view text, std::vector<EntityMention>* out) const {
  if (mentions_) FindWith(*mentions_, text, out);
}

std::optional<EntityMention> EntityIndex::NameWithDigitsAt(std::string_view text, size_t begin,
                                                           size_t end) const {
  if (!numbered_) return std::nullopt;
  std::vector<EntityMention> found;
  FindWith(*numbered_, text, &found);
  for (const EntityMention& m : found) {
    if (m.begin < end && begin < m.end) return m;
  }
  return std::nullopt;
}

size_t EntityIndex::NameContinuation(std::string_view text, size_t end) const {
  // The name is written in Latin script: it ends in an ASCII letter.
  if (end == 0 || end > text.size() ||
      !absl::ascii_isalpha(static_cast<unsigned char>(text[end - 1]))) {
    return end;
  }
  // Spaces only: a comma, a full stop, a bracket or a line break ends it.
  size_t b = end;
  while (b < text.size() && (text[b] == ' ' || text[b] == '\t')) ++b;
  if (b == end || b >= text.size()) return end;
  // A capitalised word (Khan, Jr, Al-Amin), not an acronym (BNP, NCP).
  if (!absl::ascii_isupper(static_cast<unsigned char>(text[b]))) return end;
  size_t e = b + 1;
  while (e < text.size() && (absl::ascii_islower(static_cast<unsigned char>(text[e])) ||
                             ((text[e] == '-' || text[e] == '\'') && e + 1 < text.size() &&
                              absl::ascii_isalpha(static_cast<unsigned char>(text[e + 1]))))) {
    ++e;
  }
  if (e == b + 1 || WordCharAt(text, e)) return end;
  if (FollowsNameWithoutContinuing(text.substr(b, e - b))) return end;
  // The start of another entity's name ("... Syeda Rizwana Hasan Nahid Islam
  // said"): two names side by side, not one longer name.
  if (mentions_) {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece groups[1];
    if (mentions_->Match(input, b, text.size(), RE2::ANCHOR_START, groups, 1)) {
      const size_t m_end = b + groups[0].size();
      if (!(WordCharBefore(text, m_end) && WordCharAt(text, m_end))) return end;
    }
  }
  return e;
}

void EntityIndex::FindWith(const re2::RE2& names, std::string_view text,
                           std::vector<EntityMention>* out) const {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[2];
  size_t pos = 0;
  while (pos < text.size() &&
         names.Match(input, pos, text.size(), RE2::UNANCHORED, groups, 2)) {
    size_t b = groups[0].data() - text.data();
    size_t e = b + groups[0].size();
    // Leftmost-first may take an ending that runs into the next word
    // (রাশিয়ান = রাশিয়া + ন...); retry without it before giving up.
    size_t name_end = groups[1].data() - text.data() + groups[1].size();
    bool start_ok = !(WordCharBefore(text, b) && WordCharAt(text, b));
    bool end_ok = !(WordCharBefore(text, e) && WordCharAt(text, e));
    if (!end_ok && !(WordCharBefore(text, name_end) && WordCharAt(text, name_end))) {
      e = name_end;
      end_ok = true;
    }
    if (start_ok && end_ok && e > b) {
      const Entity* entity = Lookup(std::string_view(groups[1].data(), groups[1].size()));
      // "Hasan Mahmud Khan" is not Hasan Mahmud: a person's name that runs
      // on into a longer name (no ending between) names someone else.
      if (entity != nullptr && entity->type == "person" && e == name_end &&
          NameContinuation(text, e) != e) {
        entity = nullptr;
      }
      if (entity != nullptr) {
        out->push_back(EntityMention{b, e, entity});
        pos = e;
        continue;
      }
    }
    char32_t c;
    pos = b + DecodeUtf8(text, b, &c);
  }
}

std::string EntityIndex::ClassPattern(const std::vector<std::string>& types) const {
  bool all = std::find(types.begin(), types.end(), "*") != types.end();
  std::vector<std::string> names;
  for (const Entity& e : entities_) {
    if (!all && std::find(types.begin(), types.end(), e.type) == types.end()) continue;
    for (const std::string& n : e.names) names.push_back(n);
  }
  if (names.empty()) return "";
  return absl::StrCat("(?:(?:", NameAlternation(std::move(names)), ")", InflectionPattern(), ")");
}

}  // namespace sangati
