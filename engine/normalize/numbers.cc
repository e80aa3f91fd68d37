#include "engine/normalize/numbers.h"

#include <cmath>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/core/absl_compat.h"
#include "engine/normalize/bangla_calendar.h"
#include "engine/normalize/lexicon.h"
#include "engine/normalize/number_items.h"
#include "engine/normalize/tokenizer.h"

namespace sangati {
namespace {

using normalize_internal::FoldVowels;
using normalize_internal::FormatValue;
using normalize_internal::Item;
using normalize_internal::NumberRead;
using normalize_internal::Phrase;

enum class Qual { kApprox, kAtLeast, kMoreThan, kUpTo, kLessThan };

std::string_view QualName(Qual q) {
  switch (q) {
    case Qual::kApprox: return "approximate";
    case Qual::kAtLeast: return "at least";
    case Qual::kMoreThan: return "more than";
    case Qual::kUpTo: return "up to";
    case Qual::kLessThan: return "less than";
  }
  return "";
}

struct QualPhrase {
  std::vector<std::string> words;  // folded
  Qual qual;
};

struct RawQual {
  std::string_view text;
  Qual qual;
};

// Before the number. Longer phrases first where one is a prefix of another.
constexpr RawQual kPrefixQuals[] = {
    {"অন্তত পক্ষে", Qual::kAtLeast}, {"অন্ততপক্ষে", Qual::kAtLeast}, {"অন্তত", Qual::kAtLeast},
    {"কমপক্ষে", Qual::kAtLeast},    {"কম পক্ষে", Qual::kAtLeast},   {"কমসে কম", Qual::kAtLeast},
    {"ন্যূনতম", Qual::kAtLeast},     {"নূন্যতম", Qual::kAtLeast},     {"নূনতম", Qual::kAtLeast},
    {"সর্বনিম্ন", Qual::kAtLeast},  {"অন্যূন", Qual::kAtLeast},
    {"at least", Qual::kAtLeast},   {"a minimum of", Qual::kAtLeast}, {"minimum of", Qual::kAtLeast},
    {"no fewer than", Qual::kAtLeast}, {"no less than", Qual::kAtLeast},
    {"not less than", Qual::kAtLeast}, {"not fewer than", Qual::kAtLeast},
    {"প্রায়", Qual::kApprox},       {"আনুমানিক", Qual::kApprox},   {"আনুমানিকভাবে", Qual::kApprox},
    {"মোটামুটি", Qual::kApprox},     {"কাছাকাছি", Qual::kApprox},
    {"about", Qual::kApprox},       {"around", Qual::kApprox},     {"approximately", Qual::kApprox},
    {"approx .", Qual::kApprox},    {"approx", Qual::kApprox},     {"nearly", Qual::kApprox},
    {"almost", Qual::kApprox},      {"roughly", Qual::kApprox},    {"some", Qual::kApprox},
    {"close to", Qual::kApprox},    {"an estimated", Qual::kApprox}, {"estimated", Qual::kApprox},
    {"circa", Qual::kApprox},       {"~", Qual::kApprox},          {"just about", Qual::kApprox},
    {"more than", Qual::kMoreThan}, {"well over", Qual::kMoreThan}, {"just over", Qual::kMoreThan},
    {"over", Qual::kMoreThan},      {"upwards of", Qual::kMoreThan}, {"in excess of", Qual::kMoreThan},
    {"above", Qual::kMoreThan},     {"exceeding", Qual::kMoreThan}, {"greater than", Qual::kMoreThan},
    {"higher than", Qual::kMoreThan},
    // Verbs of crossing a mark: "cases have crossed 50,000", "could exceed 100".
    {"crossed", Qual::kMoreThan},   {"crosses", Qual::kMoreThan},  {"exceeded", Qual::kMoreThan},
    {"exceeds", Qual::kMoreThan},   {"exceed", Qual::kMoreThan},   {"surpassed", Qual::kMoreThan},
    {"topped", Qual::kMoreThan},
    {"up to", Qual::kUpTo},         {"as many as", Qual::kUpTo},   {"as much as", Qual::kUpTo},
    {"at most", Qual::kUpTo},       {"at the most", Qual::kUpTo},  {"no more than", Qual::kUpTo},
    {"not more than", Qual::kUpTo}, {"a maximum of", Qual::kUpTo}, {"maximum of", Qual::kUpTo},
    {"সর্বোচ্চ", Qual::kUpTo},       {"সর্বাধিক", Qual::kUpTo},      {"বড়জোর", Qual::kUpTo},
    {"অনূর্ধ্ব", Qual::kUpTo},
    {"less than", Qual::kLessThan}, {"fewer than", Qual::kLessThan}, {"under", Qual::kLessThan},
    {"below", Qual::kLessThan},     {"lower than", Qual::kLessThan}, {"just under", Qual::kLessThan},
};

// After the number (and at most two unit words). "বেশি নয়" before "বেশি".
constexpr RawQual kSuffixQuals[] = {
    {"বেশি নয়", Qual::kUpTo},      {"বেশি না", Qual::kUpTo},      {"অধিক নয়", Qual::kUpTo},
    {"কম নয়", Qual::kAtLeast},     {"কম না", Qual::kAtLeast},
    {"বেশি", Qual::kMoreThan},     {"অধিক", Qual::kMoreThan},     {"ঊর্ধ্বে", Qual::kMoreThan},
    {"উপরে", Qual::kMoreThan},     {"ওপরে", Qual::kMoreThan},     {"ছাড়িয়ে", Qual::kMoreThan},
    {"ছাড়িয়েছে", Qual::kMoreThan}, {"ছাড়াল", Qual::kMoreThan},    {"ছাড়িয়ে গেছে", Qual::kMoreThan},
    {"কম", Qual::kLessThan},       {"নিচে", Qual::kLessThan},     {"নীচে", Qual::kLessThan},
    {"পর্যন্ত", Qual::kUpTo},
    {"মতো", Qual::kApprox},        {"মত", Qual::kApprox},        {"কাছাকাছি", Qual::kApprox},
    {"or more", Qual::kAtLeast},   {"or above", Qual::kAtLeast},  {"and above", Qual::kAtLeast},
    {"and more", Qual::kAtLeast},  {"plus", Qual::kAtLeast},      {"+", Qual::kAtLeast},
    {"or so", Qual::kApprox},      {"odd", Qual::kApprox},
    {"or less", Qual::kUpTo},      {"or fewer", Qual::kUpTo},     {"and below", Qual::kUpTo},
};

// Words between a number and its suffix qualifier: চেয়ে বেশি, থেকে কম, এর বেশি.
constexpr std::string_view kGlueWords[] = {"চেয়ে", "চাইতে", "থেকে", "হতে", "এর", "এরও", "-",
                                           "than"};

std::vector<QualPhrase> FoldQuals(const RawQual* begin, const RawQual* end) {
  std::vector<QualPhrase> out;
  for (const RawQual* q = begin; q != end; ++q) {
    QualPhrase p;
    for (absl::string_view w : absl::StrSplit(AbslView(q->text), ' ')) {
      p.words.push_back(FoldVowels(StdView(w)));
    }
    p.qual = q->qual;
    out.push_back(std::move(p));
  }
  return out;
}

const std::vector<QualPhrase>& PrefixQuals() {
  static const auto* q = new std::vector<QualPhrase>(
      FoldQuals(std::begin(kPrefixQuals), std::end(kPrefixQuals)));
  return *q;
}
const std::vector<QualPhrase>& SuffixQuals() {
  static const auto* q = new std::vector<QualPhrase>(
      FoldQuals(std::begin(kSuffixQuals), std::end(kSuffixQuals)));
  return *q;
}

// Length of the first phrase of `table` matching at items[i], 0 if none.
size_t MatchQual(const std::vector<Item>& items, size_t i, const std::vector<QualPhrase>& table,
                 Qual* qual) {
  for (const QualPhrase& p : table) {
    if (i + p.words.size() > items.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < p.words.size() && ok; ++k) {
      const Item& it = items[i + k];
      ok = it.folded == p.words[k];  // "নয়" in "বেশি নয়" is also a numeral
    }
    if (ok) {
      *qual = p.qual;
      return p.words.size();
    }
  }
  return 0;
}

bool IsGlue(const Item& it) {
  static const auto* glue = [] {
    auto* v = new std::vector<std::string>;
    for (std::string_view g : kGlueWords) v->push_back(FoldVowels(g));
    return v;
  }();
  for (const std::string& g : *glue) {
    if (it.folded == g) return true;
  }
  return false;
}

// A word that is only a case ending or classifier, spaced: "১০০ এর", "১০ জনের".
bool IsSuffixOnlyWord(const Item& it) {
  return it.kind == Item::kWord && !it.english &&
         normalize_internal::ReadSuffixWord(it.folded).has_value();
}

// Reads %, শতাংশ, percent, per cent, percentage point(s) at items[*k].
std::string ReadPercent(const std::vector<Item>& items, size_t* k) {
  size_t i = *k;
  const size_t n = items.size();
  if (i >= n) return "";
  if (items[i].IsPunct("%") || items[i].IsPunct("\u066A")) {
    *k = i + 1;
    return "percent";
  }
  if (items[i].kind == Item::kPercent) {
    if (i + 1 < n && (items[i + 1].IsWordIn({"পয়েন্ট", "পয়েন্টের"}) ||
                      items[i + 1].folded == "point" || items[i + 1].folded == "points")) {
      *k = i + 2;
      return "percentage_point";
    }
    *k = i + 1;
    return "percent";
  }
  if (items[i].IsWord("per") && i + 1 < n && items[i + 1].IsWord("cent")) {
    *k = i + 2;
    return "percent";
  }
  if (items[i].IsWord("percentage") && i + 1 < n &&
      (items[i + 1].IsWord("point") || items[i + 1].IsWord("points"))) {
    *k = i + 2;
    return "percentage_point";
  }
  return "";
}

bool IsMonthItem(const Phrase& p, const Item& it) {
  if (it.kind != Item::kWord) return false;
  std::string_view raw = p.View(it.token);
  return normalize_internal::MonthOfWord(raw).has_value() ||
         BanglaMonthNumber(raw).has_value();
}

bool IsDaySuffix(const Item& it) {
  for (std::string_view s : {"শে", "লা", "রা", "ঠা", "st", "nd", "rd", "th"}) {
    if (it.folded == s) return true;
  }
  return false;
}

// Whether the number read at items[r.begin..r.end) is a clock time or a
// calendar date rather than a quantity. Sets *why.
bool IsTimeOrDate(const Phrase& p, const std::vector<Item>& items, const NumberRead& r,
                  std::string* why) {
  const size_t n = items.size();
  const Item& first = items[r.begin];
  const Item& last = items[r.last_item];
  size_t e = r.end;
  bool day_or_year = !r.vague && r.lo == std::floor(r.lo) &&
                     ((r.lo >= 1 && r.lo <= 31) || (r.lo >= 1000 && r.lo <= 2999));
  // Dates: "১৫ আগস্ট", "২২শে শ্রাবণ", "July 13", "জুন ২০২৪".
  if (day_or_year) {
    size_t m = e;
    if (m < n && IsDaySuffix(items[m]) && items[m].glued) ++m;
    if (m < n && items[m].IsPunct(",")) ++m;
    if (m < n && IsMonthItem(p, items[m])) {
      *why = "a calendar date";
      return true;
    }
    if (r.begin > 0 && IsMonthItem(p, items[r.begin - 1])) {
      *why = "a calendar date";
      return true;
    }
    if (r.begin > 1 && items[r.begin - 1].IsPunct(",") && IsMonthItem(p, items[r.begin - 2])) {
      *why = "a calendar date";
      return true;
    }
  }
  // Clock times.
  bool ta = last.classifier == "টা";
  std::string_view ce = last.case_ending;
  auto next_is = [&](std::initializer_list<std::string_view> words) {
    return e < n && items[e].IsWordIn(words);
  };
  // "\u09DF" is য় as folded (precomposed).
  if (ta && (ce.starts_with("\u09DF") || ce.starts_with("তে"))) {
    *why = "a clock time (টায়)";
    return true;
  }
  if (ta && ce.starts_with("র") && next_is({"দিকে", "সময়", "মধ্যে", "আগে", "পরে"})) {
    *why = "a clock time (টার দিকে)";
    return true;
  }
  if (ta && next_is({"বাজে", "বেজে"})) {
    *why = "a clock time (টা বাজে)";
    return true;
  }
  if (next_is({"টায়", "টার", "টা"}) && r.begin > 0 &&
      normalize_internal::DayPartOf(items[r.begin - 1].folded) !=
          normalize_internal::DayPart::kNone) {
    *why = "a clock time";
    return true;
  }
  if (next_is({"ঘটিকা", "ঘটিকায়", "ঘটিকার", "am", "pm", "hrs"})) {
    *why = "a clock time";
    return true;
  }
  if (e + 1 < n && (items[e].IsWord("a") || items[e].IsWord("p")) &&
      items[e + 1].IsPunct(".")) {
    *why = "a clock time (a.m./p.m.)";
    return true;
  }
  if (e + 2 < n && items[e].IsWord("o") && items[e + 1].IsPunct("'") &&
      items[e + 2].IsWord("clock")) {
    *why = "a clock time (o'clock)";
    return true;
  }
  if (e + 1 < n && (items[e].IsPunct(":")) && items[e + 1].kind == Item::kNum &&
      items[e + 1].digits && items[e + 1].glued && first.digits) {
    *why = "a clock time (HH:MM)";
    return true;
  }
  if (r.begin >= 2 && items[r.begin - 1].IsPunct(":") && items[r.begin - 2].digits &&
      first.glued) {
    *why = "a clock time (HH:MM)";
    return true;
  }
  if (r.begin > 0 && (ta || first.classifier == "টা") &&
      normalize_internal::DayPartOf(items[r.begin - 1].folded) !=
          normalize_internal::DayPart::kNone) {
    *why = "a clock time";
    return true;
  }
  return false;
}

enum class RangeRead { kNone, kRange, kInvalid };

// How many items at `at` repeat, item for item, the one or two words or
// signs written just before the first figure, which begins at
// `first_begin`: the currency of "$8 to $10 billion" or "Tk 500 crore to
// Tk 700 crore". 0 when they do not.
size_t RepeatedLeadLength(const std::vector<Item>& items, size_t first_begin, size_t at) {
  for (size_t m = 2; m >= 1; --m) {
    if (first_begin < m || at + m >= items.size()) continue;
    bool same = true;
    for (size_t j = 0; j < m && same; ++j) {
      const Item& lead = items[first_begin - m + j];
      const Item& again = items[at + j];
      same = lead.kind == again.kind && (lead.kind == Item::kWord || lead.kind == Item::kPunct) &&
             lead.folded == again.folded;
    }
    if (same) return m;
  }
  return 0;
}

// Reads "X থেকে Y", "X-Y", "X to Y", "X বা Y", "between X and Y", "দু তিন".
// A falling pair is no range: with a hyphen it is a score ("৩-২",
// kInvalid) unless it abbreviates ("২০২৩-২৪") or is দু-এক (one or two);
// with থেকে/to/বা/or the first figure stands (kNone).
RangeRead ReadRange(const std::vector<Item>& items, bool between, NumberRead* first, size_t* e,
               std::string* unit, std::string* how) {
  const size_t n = items.size();
  size_t k = *e;
  if (k >= n || first->vague) return RangeRead::kNone;
  const Item& c = items[k];
  bool connector = c.IsPunct("-") || c.IsWord("থেকে") || c.IsWord("হতে") || c.IsWord("to") ||
                   c.IsWord("বা") || c.IsWord("or") || (between && c.IsWord("and"));
  std::optional<NumberRead> second;
  if (connector && items[first->last_item].case_ending.empty()) {
    size_t second_begin = k + 1 + RepeatedLeadLength(items, first->begin, k + 1);
    second = normalize_internal::ReadNumber(items, second_begin, /*allow_vague=*/false);
  } else if (!connector && first->small_word && items[k].kind == Item::kNum &&
             !items[k].digits && !items[k].english && !items[k].glued &&
             items[k].value == first->lo + 1) {
    second = normalize_internal::ReadNumber(items, k, false);  // দু তিন দিন
    if (second && !second->small_word && !second->has_scale) second.reset();
  }
  if (!second || second->vague) return RangeRead::kNone;
  // "from Tk250 to Tk2,000-3,000": an upper end that is itself a range
  // runs to its top.
  if (!c.IsPunct("-") && second->end + 1 < n && items[second->end].IsPunct("-")) {
    std::optional<NumberRead> top = normalize_internal::ReadNumber(items, second->end + 1, false);
    if (top && !top->vague && top->hi > second->hi) {
      absl::StrAppend(&second->how, "-", top->how);
      second->hi = top->hi;
      second->trailing_scale = top->trailing_scale;
      second->end = top->end;
      second->last_item = top->last_item;
    }
  }
  size_t k2 = second->end;
  double hi = second->hi;
  std::string unit2 = ReadPercent(items, &k2);
  double lo = first->lo;
  // A trailing scale covers both ends: "৩ থেকে ৪ লাখ", "৪০-৪৫ হাজার".
  if (!first->has_scale && second->trailing_scale > 1 && lo * second->trailing_scale <= hi) {
    lo *= second->trailing_scale;
  }
  auto single_word = [&](const NumberRead& r) {
    const Item& it = items[r.begin];
    return r.begin == r.last_item && it.kind == Item::kNum && !it.digits && !it.english;
  };
  if (hi < lo && lo - hi == 1 && single_word(*first) && single_word(*second)) {
    std::swap(lo, hi);  // দু-এক, দুই-একজন: one or two
  } else if (hi < lo) {
    // "২০২৩-২৪": the second figure abbreviates the first.
    if (first->digits_only && second->digits_only && second->int_digits < first->int_digits &&
        hi == std::floor(hi) && lo == std::floor(lo)) {
      double base = std::pow(10.0, second->int_digits);
      double expanded = lo - std::fmod(lo, base) + hi;
      if (expanded <= lo) return RangeRead::kInvalid;
      hi = expanded;
    } else if (c.IsPunct("-")) {
      return RangeRead::kInvalid;  // "৩-২": a score, not a quantity
    } else {
      // "৬ থেকে ২.৫" (a fall), "১ ট্রিলিয়ন বা ১ লাখ কোটি" (the same
      // sum restated): not a range; the first figure stands.
      return RangeRead::kNone;
    }
  }
  if (unit->empty()) *unit = unit2;
  absl::StrAppend(how, "; to ", second->how);
  first->lo = lo;
  first->hi = hi;
  first->approx = first->approx || second->approx;
  first->last_item = second->last_item;
  *e = k2;
  // "১০ থেকে ২০ পর্যন্ত", "৪০ থেকে ৪৫-এর মধ্যে"
  while (*e < n && (items[*e].IsWord("পর্যন্ত") || items[*e].IsWord("মধ্যে") ||
                    items[*e].IsWord("এর") || items[*e].IsPunct("-"))) {
    bool end_word = items[*e].IsWord("পর্যন্ত") || items[*e].IsWord("মধ্যে");
    ++*e;
    if (end_word) break;
  }
  return RangeRead::kRange;
}

std::optional<QuantityParse> Explain(std::string_view phrase) {
  Phrase p = normalize_internal::Tokenize(phrase);
  std::vector<Item> items = normalize_internal::BuildItems(p);
  const size_t n = items.size();
  std::string expl;
  for (size_t start = 0; start < n; ++start) {
    size_t k = start;
    std::vector<Qual> quals;
    Qual q;
    while (size_t len = MatchQual(items, k, PrefixQuals(), &q)) {
      quals.push_back(q);
      absl::StrAppend(&expl, expl.empty() ? "" : "; ", AbslView(QualName(q)));
      k += len;
    }
    bool between = false;
    if (k < n && (items[k].IsWord("between") || items[k].IsWord("from"))) {
      between = true;
      ++k;
    }
    // A currency sign or code between a qualifier and the figure: "more
    // than Tk 500 crore", "nearly $2.3 billion", "over Rs. 10 lakh".
    if (!quals.empty() || between) {
      while (k < n && (items[k].IsWord("tk") || items[k].IsWord("rs") || items[k].IsWord("bdt") ||
                       items[k].IsWord("inr") || items[k].IsWord("usd") || items[k].IsWord("us") ||
                       items[k].IsWord("eur") || items[k].IsWord("gbp") || items[k].IsPunct("$") ||
                       items[k].IsPunct("₹") || items[k].IsPunct("€") || items[k].IsPunct("£") ||
                       items[k].IsPunct("৳") || (k > start && items[k].IsPunct(".")))) {
        ++k;
      }
    }
    bool percent_prefix = false;
    if (k < n && items[k].IsWord("শতকরা")) {
      percent_prefix = true;
      ++k;
    }
    if (!normalize_internal::StartsNumber(items, k)) {
      expl.clear();
      continue;
    }
    std::optional<NumberRead> r = normalize_internal::ReadNumber(items, k, true);
    if (!r) {
      expl.clear();
      continue;
    }
    std::string why;
    if (IsTimeOrDate(p, items, *r, &why)) return std::nullopt;
    if (start > 0) {
      expl = absl::StrCat("skipped ", start, " word(s)", expl.empty() ? "" : "; ", expl);
    }
    absl::StrAppend(&expl, expl.empty() ? "" : "; ", r->how);
    size_t e = r->end;
    std::string unit = ReadPercent(items, &e);
    if (percent_prefix) {
      unit = "percent";
      if (e < n && items[e].IsWord("ভাগ")) ++e;
    }
    if (ReadRange(items, between, &*r, &e, &unit, &expl) == RangeRead::kInvalid) {
      return std::nullopt;
    }
    // "১৫ টাকা ৮০ পয়সা" = 15.80: paisa are hundredths of the taka.
    if (r->lo == r->hi && e + 2 < n && items[e].IsWord("টাকা") && items[e + 1].digits &&
        !items[e + 1].has_decimal && items[e + 1].value < 100 && items[e + 2].StartsWith("পয়সা")) {
      r->lo = r->hi = r->lo + items[e + 1].value / 100;
      absl::StrAppend(&expl, "; + ", items[e + 1].folded, " paisa");
      e += 3;
    }
    if (r->approx) quals.push_back(Qual::kApprox);
    if (r->more_than) quals.push_back(Qual::kMoreThan);
    // Suffix qualifier after at most two unit words: "১০ দিনেরও বেশি".
    size_t skipped_units = 0;
    for (size_t s = e; s < n; ++s) {
      if (MatchQual(items, s, SuffixQuals(), &q) > 0) {
        // "১০০+" only when glued to the figure.
        if (!items[s].IsPunct("+") || (s == e && items[s].glued)) {
          quals.push_back(q);
          absl::StrAppend(&expl, "; ", AbslView(QualName(q)));
        }
        break;
      }
      const Item& it = items[s];
      if (IsGlue(it) || IsSuffixOnlyWord(it)) continue;
      if (it.kind == Item::kWord && skipped_units < 2) {
        ++skipped_units;
        continue;
      }
      break;
    }
    Quantity out;
    out.min = r->lo;
    if (std::isfinite(r->hi)) out.max = r->hi;  // a vague count is open upward
    out.approximate = r->vague;
    out.unit = unit;
    bool lower_set = false, upper_set = false;
    for (Qual qual : quals) {
      switch (qual) {
        case Qual::kApprox:
          out.approximate = true;
          break;
        case Qual::kAtLeast:
        case Qual::kMoreThan:
          if (upper_set) break;
          out.max.reset();
          lower_set = true;
          break;
        case Qual::kUpTo:
        case Qual::kLessThan:
          if (lower_set) break;
          out.min.reset();
          upper_set = true;
          break;
      }
    }
    absl::StrAppend(&expl, " -> [", out.min ? FormatValue(*out.min) : "null", ", ",
                    out.max ? FormatValue(*out.max) : "null", "]",
                    out.approximate ? " ~" : "", unit.empty() ? "" : " ", unit);
    return QuantityParse{std::move(out), std::move(expl)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Quantity> ParseQuantity(std::string_view phrase) {
  std::optional<QuantityParse> p = Explain(phrase);
  if (!p) return std::nullopt;
  return std::move(p->quantity);
}

std::optional<QuantityParse> ExplainQuantity(std::string_view phrase) { return Explain(phrase); }

}  // namespace sangati
