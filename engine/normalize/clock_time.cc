#include "engine/normalize/clock_time.h"

#include <cmath>
#include <vector>

#include "absl/strings/str_format.h"
#include "engine/normalize/lexicon.h"
#include "engine/normalize/number_items.h"
#include "engine/normalize/tokenizer.h"

namespace sangati {
namespace {

using normalize_internal::DayPart;
using normalize_internal::DayPartOf;
using normalize_internal::FoldVowels;
using normalize_internal::Item;

enum class Meridiem { kNone, kAm, kPm };

int To24(int h, DayPart part, Meridiem m) {
  if (m == Meridiem::kPm) return h % 12 + 12;
  if (m == Meridiem::kAm) return h % 12;
  switch (part) {
    case DayPart::kNone:
    case DayPart::kDawn:
      return h % 24;
    case DayPart::kMorning:
      return h;
    case DayPart::kDaytime:
    case DayPart::kNoon:
      return (h >= 1 && h <= 5) ? h + 12 : h;
    case DayPart::kAfternoon:
    case DayPart::kEvening:
      return (h >= 1 && h <= 11) ? h + 12 : h;
    case DayPart::kNight:
      if (h == 12) return 0;
      return (h >= 6 && h <= 11) ? h + 12 : h;
  }
  return h;
}

bool IsWordIn(const Item& it, std::initializer_list<std::string_view> words) {
  return it.IsWordIn(words);
}

// am/pm/a.m./p.m. at items[*k]; advances *k.
Meridiem ReadMeridiem(const std::vector<Item>& items, size_t* k) {
  size_t i = *k;
  const size_t n = items.size();
  if (i >= n) return Meridiem::kNone;
  if (items[i].IsWord("am")) {
    *k = i + 1;
    return Meridiem::kAm;
  }
  if (items[i].IsWord("pm")) {
    *k = i + 1;
    return Meridiem::kPm;
  }
  if (i + 2 < n && (items[i].IsWord("a") || items[i].IsWord("p")) && items[i + 1].IsPunct(".") &&
      items[i + 2].IsWord("m")) {
    *k = i + 3 + (i + 3 < n && items[i + 3].IsPunct(".") ? 1 : 0);
    return items[i].IsWord("a") ? Meridiem::kAm : Meridiem::kPm;
  }
  return Meridiem::kNone;
}

std::optional<std::string> Format(int h, int m) {
  if (h == 24 && m == 0) h = 0;
  if (h < 0 || h > 23 || m < 0 || m > 59) return std::nullopt;
  return absl::StrFormat("%02d:%02d", h, m);
}

std::optional<std::string> ReadAt(const std::vector<Item>& items, size_t i) {
  const size_t n = items.size();
  DayPart part = DayPart::kNone;
  size_t k = i;
  if (items[k].kind == Item::kWord) {
    if (items[k].IsWord("noon") || items[k].IsWord("midday")) return std::string("12:00");
    if (items[k].IsWord("midnight")) return std::string("00:00");
    part = DayPartOf(items[k].folded);
    if (part == DayPart::kNone) return std::nullopt;
    ++k;
    if (k < n && items[k].IsWord("বেলা")) ++k;  // দুপুর বেলা
  }
  if (k >= n) return std::nullopt;
  // HH:MM
  if (items[k].kind == Item::kNum && items[k].digits && !items[k].has_decimal &&
      k + 2 < n && (items[k + 1].IsPunct(":") || items[k + 1].IsPunct(".")) &&
      items[k + 1].glued && items[k + 2].digits && items[k + 2].glued &&
      items[k + 2].int_digits == 2) {
    int h = static_cast<int>(items[k].value);
    int m = static_cast<int>(items[k + 2].value);
    if (h > 24) return std::nullopt;
    size_t j = k + 3;
    Meridiem mer = ReadMeridiem(items, &j);
    if (items[k + 1].IsPunct(".") && mer == Meridiem::kNone && part == DayPart::kNone) {
      return std::nullopt;  // "10.30" alone is a decimal
    }
    return Format(To24(h, part, mer), m);
  }
  // "10.30 am" is read above; a decimal token "10.30" followed by am/pm:
  if (items[k].kind == Item::kNum && items[k].digits && items[k].has_decimal) {
    size_t j = k + 1;
    Meridiem mer = ReadMeridiem(items, &j);
    if (mer == Meridiem::kNone) return std::nullopt;
    double v = items[k].value;
    int h = static_cast<int>(v);
    int m = static_cast<int>(std::lround((v - h) * 100));
    return Format(To24(h, part, mer), m);
  }
  if (!normalize_internal::StartsNumber(items, k)) return std::nullopt;
  std::optional<normalize_internal::NumberRead> r = normalize_internal::ReadNumber(items, k, false);
  if (!r || r->has_scale) return std::nullopt;
  double v = r->lo;
  if (v <= 0 || v >= 25) return std::nullopt;
  const Item& last = items[r->last_item];
  size_t e = r->end;
  bool ta = last.classifier == "টা";
  // A part of the day, or a fraction word: "সাড়ে ৯টা", "পৌনে ১১টার".
  bool marker = part != DayPart::kNone || items[k].kind == Item::kFracPrefix;
  // A spaced "টা"/"টায়"/"টার".
  if (!ta && e < n && IsWordIn(items[e], {"টা", "টায়", "টার", "টাতে"})) {
    ta = true;
    if (!IsWordIn(items[e], {"টা"})) marker = true;
    ++e;
  }
  // "\u09DF" is য় as folded (precomposed).
  if (ta && (last.case_ending.starts_with("\u09DF") || last.case_ending.starts_with("তে"))) {
    marker = true;
  }
  if (ta && last.case_ending.starts_with("র") && e < n &&
      IsWordIn(items[e], {"দিকে", "সময়"})) {
    marker = true;
  }
  if (e < n && IsWordIn(items[e], {"বাজে", "বেজে", "ঘটিকা", "ঘটিকায়", "ঘটিকার"})) {
    marker = true;
    ta = true;
    ++e;
  }
  size_t j = e;
  Meridiem mer = ReadMeridiem(items, &j);
  if (mer == Meridiem::kNone && e + 2 < n && items[e].IsWord("o") && items[e + 1].IsPunct("'") &&
      items[e + 2].IsWord("clock")) {
    marker = true;
    ta = true;
  }
  if (mer != Meridiem::kNone) {
    marker = true;
    ta = true;
  }
  if (!ta || !marker) return std::nullopt;
  int h = static_cast<int>(std::floor(v));
  int m = static_cast<int>(std::lround((v - h) * 60));
  // "১০টা ৩০ মিনিটে"
  if (m == 0 && e < n && items[e].kind == Item::kNum && e + 1 < n &&
      items[e + 1].StartsWith("মিনিট")) {
    double mm = items[e].value;
    if (mm == std::floor(mm)) m = static_cast<int>(mm);
  }
  return Format(To24(h, part, mer), m);
}

}  // namespace

std::optional<std::string> ParseClockTime(std::string_view phrase) {
  normalize_internal::Phrase p = normalize_internal::Tokenize(phrase);
  std::vector<Item> items = normalize_internal::BuildItems(p);
  for (size_t i = 0; i < items.size(); ++i) {
    if (auto t = ReadAt(items, i)) return t;
  }
  return std::nullopt;
}

}  // namespace sangati
