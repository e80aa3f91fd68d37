#include "engine/normalize/number_items.h"

#include <cmath>
#include <limits>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace sangati::normalize_internal {
namespace {

Item::Kind KindOf(LexKind k) {
  switch (k) {
    case LexKind::kNumeral: return Item::kNum;
    case LexKind::kScale: return Item::kScale;
    case LexKind::kFracPrefix: return Item::kFracPrefix;
    case LexKind::kFew: return Item::kFew;
    case LexKind::kPlural: return Item::kPlural;
    case LexKind::kTens: return Item::kTens;
    case LexKind::kPercent: return Item::kPercent;
    case LexKind::kArticle: return Item::kArticle;
  }
  return Item::kWord;
}

void Attach(const WordReading& r, Item* item) {
  if (!r.classifier.empty()) item->classifier = r.classifier;
  if (!r.case_ending.empty()) item->case_ending = r.case_ending;
  item->approx |= r.approx;
  item->more_than |= r.more_than;
}

// Consumes words glued to a number: "জন" (১০জন), "-র"/"-এর" (১০০-র),
// "'জন" (ছ'জন), "'খানেক" (শ'খানেক).
void AttachGluedSuffixes(const Phrase& p, size_t* t, Item* item) {
  if (!item->case_ending.empty()) return;
  const auto& tk = p.tokens;
  size_t u = *t;
  if (u < tk.size() && tk[u].kind == TokenKind::kWord && tk[u].bengali && tk[u].glued) {
    if (auto r = ReadSuffixWord(FoldVowels(p.View(u)))) {
      if (r->classifier.empty() || item->classifier.empty()) {
        Attach(*r, item);
        *t = u + 1;
      }
    }
    return;
  }
  if (u + 1 < tk.size() && tk[u].glued && (p.IsPunct(u, "-") || p.IsPunct(u, "'")) &&
      tk[u + 1].kind == TokenKind::kWord && tk[u + 1].bengali && tk[u + 1].glued) {
    if (auto r = ReadSuffixWord(FoldVowels(p.View(u + 1)))) {
      if (r->classifier.empty() || item->classifier.empty()) {
        Attach(*r, item);
        *t = u + 2;
      }
    }
  }
}

bool IsEnglishTens(const Item& it) {
  return it.kind == Item::kNum && it.english && it.value >= 20 && it.value <= 90 &&
         std::fmod(it.value, 10) == 0;
}
bool IsEnglishUnit(const Item& it) {
  return it.kind == Item::kNum && it.english && it.value >= 1 && it.value <= 9;
}

// The floor of a vague count of `s` ("thousands", হাজার হাজার, কয়েক
// হাজার): the scale word's value, or two of it for the small scales (dozens
// = 24, scores = 40). Vague counts have no upper bound (docs/numbers.md).
double VagueFloor(double s) { return s == 12 || s == 20 ? 2 * s : s; }

// The explanation of a vague count read as [lo, open).
std::string VagueHow(absl::string_view what, double lo) {
  return absl::StrCat(what, " = [", FormatValue(lo), ", open)");
}

// After a vague count, a larger scale multiplies it: কয়েক হাজার কোটি.
void MultiplyByLargerScales(const std::vector<Item>& items, double unit, NumberRead* r) {
  size_t k = r->end;
  while (k < items.size() && items[k].kind == Item::kScale && items[k].value > unit &&
         r->lo < 1e15) {
    double t = items[k].value;
    r->lo *= t;
    absl::StrAppend(&r->how, " ×", FormatValue(t));
    unit = t;
    r->last_item = k;
    r->end = ++k;
    r->has_scale = true;
    if (items[k - 1].HasSuffix()) break;
  }
}

std::optional<NumberRead> ReadVague(const std::vector<Item>& items, size_t i) {
  const size_t n = items.size();
  NumberRead r;
  r.begin = i;
  r.vague = true;
  r.hi = std::numeric_limits<double>::infinity();
  r.digits_only = false;
  size_t k = i;
  auto is = [&](size_t j, Item::Kind kind) { return j < n && items[j].kind == kind; };
  auto of = [&](size_t j) { return j < n && items[j].IsWord("of"); };
  if (is(k, Item::kArticle) && is(k + 1, Item::kFew)) {
    if (items[k + 1].value == 2) {  // "a couple (of)"
      r.lo = r.hi = 2;
      r.last_item = k + 1;
      r.end = k + 2 + (of(k + 2) ? 1 : 0);
      r.how = "a couple = 2";
      return r;
    }
    ++k;  // "a few"
  }
  // "a few"/"several"/কয়েক without a scale word is not a number.
  if (is(k, Item::kFew) && items[k].value == 0 && is(k + 1, Item::kScale) &&
      !items[k].HasSuffix() &&
      (items[k].english ? (k > i || items[k].folded == "several") : true)) {
    double s = items[k + 1].value;
    r.lo = VagueFloor(s);
    r.last_item = k + 1;
    r.end = k + 2;
    r.has_scale = true;
    r.how = VagueHow(absl::StrCat("a few ×", FormatValue(s)), r.lo);
    if (!items[k + 1].HasSuffix()) MultiplyByLargerScales(items, s, &r);
    return r;
  }
  double s = 0;
  if (is(k, Item::kPlural)) {
    s = items[k].value;
    r.end = k + 1;
  } else if (is(k, Item::kScale) && is(k + 1, Item::kScale) && !items[k + 1].glued &&
             items[k + 1].value == items[k].value) {
    s = items[k].value;  // হাজার হাজার, শত শত, হাজারে হাজারে, শয়ে শয়ে
    r.end = k + 2;
  } else if (is(k, Item::kTens) && of(k + 1) &&
             (is(k + 2, Item::kPlural) || is(k + 2, Item::kScale))) {
    double t = items[k + 2].value;
    r.lo = 10 * t;
    r.last_item = k + 2;
    r.end = k + 3 + (of(k + 3) ? 1 : 0);
    r.has_scale = true;
    r.how = VagueHow(absl::StrCat("tens of ", FormatValue(t)), r.lo);
    return r;
  } else {
    return std::nullopt;
  }
  r.lo = VagueFloor(s);
  r.last_item = r.end - 1;
  r.has_scale = true;
  r.how = VagueHow(absl::StrCat("plural of ", FormatValue(s)), r.lo);
  // "hundreds of thousands", "thousands of crores".
  if (of(r.end) && r.end + 1 < n &&
      (items[r.end + 1].kind == Item::kPlural || items[r.end + 1].kind == Item::kScale) &&
      items[r.end + 1].value > s) {
    double t = items[r.end + 1].value;
    r.lo *= t;
    absl::StrAppend(&r.how, " ×", FormatValue(t));
    r.last_item = r.end + 1;
    r.end += 2;
  } else if (!items[r.last_item].HasSuffix()) {
    MultiplyByLargerScales(items, s, &r);
  }
  if (of(r.end)) ++r.end;
  return r;
}

}  // namespace

std::string FormatValue(double v) {
  if (std::fabs(v) < 1e15 && v == std::floor(v)) {
    return absl::StrCat(static_cast<long long>(v));
  }
  return absl::StrFormat("%.10g", v);
}

std::vector<Item> BuildItems(const Phrase& p) {
  std::vector<Item> items;
  items.reserve(p.tokens.size());
  for (size_t t = 0; t < p.tokens.size();) {
    const Token& tok = p.tokens[t];
    Item it;
    it.token = t;
    it.glued = tok.glued;
    if (tok.kind == TokenKind::kNumber) {
      it.kind = Item::kNum;
      it.value = tok.value;
      it.digits = true;
      it.int_digits = tok.int_digits;
      it.has_decimal = tok.has_decimal;
      it.folded = std::string(p.View(t));
      size_t u = t + 1;
      AttachGluedSuffixes(p, &u, &it);
      items.push_back(std::move(it));
      t = u;
      continue;
    }
    if (tok.kind == TokenKind::kWord) {
      std::string folded = FoldVowels(p.View(t));
      if (auto r = ReadNumberWord(folded)) {
        for (int k = 0; k < r->n; ++k) {
          Item part;
          part.token = t;
          part.glued = k == 0 ? tok.glued : true;
          part.kind = KindOf(r->parts[k].kind);
          part.value = r->parts[k].value;
          part.english = r->parts[k].english;
          if (k == 0) part.folded = folded;
          items.push_back(std::move(part));
        }
        Item& last = items.back();
        Attach(*r, &last);
        size_t u = t + 1;
        AttachGluedSuffixes(p, &u, &last);
        t = u;
        continue;
      }
      it.kind = Item::kWord;
      it.english = !tok.bengali;
      it.folded = std::move(folded);
      items.push_back(std::move(it));
      ++t;
      continue;
    }
    it.kind = Item::kPunct;
    it.folded = std::string(p.View(t));
    items.push_back(std::move(it));
    ++t;
  }
  return items;
}

bool StartsNumber(const std::vector<Item>& items, size_t i) {
  if (i >= items.size()) return false;
  const Item& it = items[i];
  switch (it.kind) {
    case Item::kNum:
    case Item::kScale:
    case Item::kFracPrefix:
    case Item::kPlural:
      return true;
    case Item::kFew:
      return !it.english || it.folded == "several";
    case Item::kTens:
      return i + 1 < items.size() && items[i + 1].IsWord("of");
    case Item::kArticle:
      return i + 1 < items.size() &&
             (items[i + 1].kind == Item::kScale || items[i + 1].kind == Item::kFew);
    case Item::kWord:
      return it.folded == "half" && i + 2 < items.size() &&
             items[i + 1].kind == Item::kArticle && items[i + 2].kind == Item::kScale;
    default:
      return false;
  }
}

std::optional<NumberRead> ReadNumber(const std::vector<Item>& items, size_t i,
                                     bool allow_vague) {
  const size_t n = items.size();
  if (i >= n) return std::nullopt;
  if (allow_vague) {
    if (auto v = ReadVague(items, i)) return v;
  }
  NumberRead r;
  r.begin = i;
  double total = 0, current = 0, pending = 0, max_scale = 0, last_big = 0;
  bool have = false, any = false, group_hundred = false, has_units = false;
  bool tens_word = false;
  enum { kNone, kNumeral, kHundred, kBig } last = kNone;
  int numerals = 0;
  size_t k = i;
  std::string how;
  if (items[k].kind == Item::kArticle) {
    if (k + 1 >= n || items[k + 1].kind != Item::kScale) return std::nullopt;
    current = 1;
    have = true;
    how = "a";
    ++k;
  } else if (items[k].IsWord("half")) {
    if (!StartsNumber(items, k)) return std::nullopt;
    current = 0.5;
    have = true;
    how = "half a";
    k += 2;
  }
  for (; k < n; ++k) {
    const Item& it = items[k];
    bool stop_after = it.HasSuffix();
    switch (it.kind) {
      case Item::kFracPrefix:
        if (have || pending != 0 || any) goto done;
        pending = it.value;
        continue;
      case Item::kNum: {
        double v = it.value;
        if (pending == 0 && have) {
          if (last == kHundred && v < 100 && !has_units) {
            current += v;
            has_units = true;
            absl::StrAppend(&how, " +", FormatValue(v));
          } else if (tens_word && IsEnglishUnit(it)) {
            current += v;
            tens_word = false;
            absl::StrAppend(&how, " +", FormatValue(v));
          } else {
            goto done;
          }
        } else {
          if (last == kBig && v >= last_big) goto done;
          if (pending != 0 && v < 1) goto done;
          if (pending != 0) {
            absl::StrAppend(&how, how.empty() ? "" : " ", FormatValue(v), pending > 0 ? "+" : "",
                            FormatValue(pending));
          } else {
            absl::StrAppend(&how, how.empty() ? "" : " ", FormatValue(v));
          }
          current = v + pending;
          pending = 0;
          have = true;
          has_units = false;
          tens_word = IsEnglishTens(it);
        }
        last = kNumeral;
        any = true;
        ++numerals;
        r.digits_only = r.digits_only && it.digits;
        if (it.digits) r.int_digits = it.int_digits;
        r.trailing_scale = 1;
        r.last_item = k;
        r.end = k + 1;
        if (stop_after) goto done;
        // "twenty-five"
        if (tens_word && k + 2 < n && items[k + 1].IsPunct("-") && items[k + 1].glued &&
            items[k + 2].glued && IsEnglishUnit(items[k + 2])) {
          ++k;
        }
        // "one and a half million"
        if (k + 3 < n && items[k + 1].IsWord("and") && items[k + 2].kind == Item::kArticle &&
            items[k + 3].IsWord("half")) {
          current += 0.5;
          how += " and a half";
          k += 3;
          r.last_item = k;
          r.end = k + 1;
        }
        continue;
      }
      case Item::kPlural:
        if (!have) goto done;  // a vague plural only starts a number
        [[fallthrough]];
      case Item::kScale: {
        double s = it.value;
        if (pending != 0) goto done;
        if (!have) {
          // "লাখ কোটি", "হাজার কোটি": a larger scale multiplies the total;
          // a smaller one after a scale starts nothing ("হাজার শ").
          if (last == kBig && s <= last_big) goto done;
          if (last != kBig) current = 1;
          have = last != kBig;
        }
        absl::StrAppend(&how, how.empty() ? "" : " ", "×", FormatValue(s));
        if (s == 100 || s == 12) {
          if (group_hundred) goto done;
          current *= s;
          group_hundred = true;
          last = kHundred;
          has_units = false;
        } else {
          if (s > max_scale) {
            total = (total + current) * s;
            max_scale = s;
          } else {
            total += current * s;
          }
          current = 0;
          have = false;
          group_hundred = false;
          last = kBig;
          last_big = s;
        }
        tens_word = false;
        any = true;
        r.has_scale = true;
        r.digits_only = false;
        r.trailing_scale = s;
        r.last_item = k;
        r.end = k + 1;
        if (stop_after) goto done;
        continue;
      }
      case Item::kWord:
        // "two hundred and fifty", "one thousand and one"; not "between two
        // hundred and three hundred".
        if (it.folded == "and" && (last == kHundred || last == kBig) && k + 1 < n &&
            items[k + 1].kind == Item::kNum && items[k + 1].english && items[k + 1].value < 100 &&
            !(last == kHundred && k + 2 < n && items[k + 2].kind == Item::kScale &&
              items[k + 2].value == 100)) {
          continue;
        }
        goto done;
      default:
        goto done;
    }
  }
done:
  if (!any) return std::nullopt;
  r.lo = r.hi = total + current;
  const Item& last_it = items[r.last_item];
  r.approx = last_it.approx;
  r.more_than = last_it.more_than;
  r.small_word = numerals == 1 && !r.has_scale && !items[r.begin].digits &&
                 !items[r.begin].english && r.lo >= 1 && r.lo <= 8 &&
                 r.lo == std::floor(r.lo) && !last_it.HasSuffix();
  r.how = absl::StrCat(how, " = ", FormatValue(r.lo));
  return r;
}

}  // namespace sangati::normalize_internal
