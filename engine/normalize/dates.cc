#include "engine/normalize/dates.h"

#include <cstdlib>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "engine/core/absl_compat.h"
#include "engine/normalize/bangla_calendar.h"
#include "engine/normalize/date_forms.h"
#include "engine/normalize/lexicon.h"
#include "engine/normalize/number_items.h"
#include "engine/normalize/tokenizer.h"

namespace sangati {
namespace {

using normalize_internal::DayPart;
using normalize_internal::Dir;
using normalize_internal::FoldVowels;
using normalize_internal::Item;
using normalize_internal::Written;

int IsoWeekday(absl::CivilDay d) {
  switch (absl::GetWeekday(d)) {
    case absl::Weekday::monday: return 1;
    case absl::Weekday::tuesday: return 2;
    case absl::Weekday::wednesday: return 3;
    case absl::Weekday::thursday: return 4;
    case absl::Weekday::friday: return 5;
    case absl::Weekday::saturday: return 6;
    case absl::Weekday::sunday: return 7;
  }
  return 0;
}

std::string Day(absl::CivilDay d) { return absl::FormatCivilTime(d); }
std::string Month(long long y, int m) { return absl::StrFormat("%04d-%02d", y, m); }
std::string Year(long long y) { return absl::StrFormat("%04d", y); }

// A resolved reading.
struct Out {
  std::string from, to;
  bool relative = false;
  std::optional<absl::CivilDay> day;  // when it is a single day
  std::string how;
  size_t end = 0;
};

// `why` says why it stays unresolved.
Out Unresolved(std::string how, size_t end,
               std::string_view why = "no publication day: unresolved") {
  Out o;
  o.relative = true;
  o.how = absl::StrCat(how, " (", AbslView(why), ")");
  o.end = end;
  return o;
}

Out SingleDay(absl::CivilDay d, std::string how, size_t end) {
  Out o;
  o.from = o.to = Day(d);
  o.day = d;
  o.how = std::move(how);
  o.end = end;
  return o;
}

// Picks among candidate days by direction: past = latest <= pub, future =
// earliest >= pub, otherwise nearest (ties to the past).
std::optional<absl::CivilDay> Choose(const std::vector<absl::CivilDay>& cands, absl::CivilDay pub,
                                     Dir dir) {
  std::optional<absl::CivilDay> best;
  for (absl::CivilDay c : cands) {
    if (dir == Dir::kPast && c > pub) continue;
    if (dir == Dir::kFuture && c < pub) continue;
    if (!best) {
      best = c;
      continue;
    }
    long long dc = std::llabs(c - pub), db = std::llabs(*best - pub);
    if (dc < db || (dc == db && c < *best)) best = c;
  }
  return best;
}

// Resolves a written date (absolute, possibly without a year). A weekday
// written beside a day-month without year picks, among the candidates
// within 200 days of the publication day, one that falls on that weekday,
// when there is one; otherwise the nearest stands (and may mismatch).
Out Resolve(const Written& w, Dir dir, const DateContext& ctx,
            std::optional<int> weekday = std::nullopt) {
  Out o;
  o.end = w.end;
  o.how = w.how;
  const std::optional<absl::CivilDay>& pub = ctx.published;
  if (w.year_range) {
    o.from = Year(w.year);
    o.to = Year(w.year2);
    return o;
  }
  if (w.bangla) {
    if (w.day > 0) {
      if (w.year > 0) {
        auto d = BanglaToGregorian(w.year, w.month, w.day);
        if (!d) return Unresolved(o.how, w.end, "no such Bangla date");
        return SingleDay(*d, o.how, w.end);
      }
      if (!pub) return Unresolved(o.how, w.end);
      int by = GregorianToBangla(*pub).year;
      std::vector<absl::CivilDay> cands;
      for (int y = by - 1; y <= by + 1; ++y) {
        if (auto d = BanglaToGregorian(y, w.month, w.day)) cands.push_back(*d);
      }
      auto d = Choose(cands, *pub, dir);
      if (!d) return Unresolved(o.how, w.end);
      Out r = SingleDay(*d, o.how + "; year from publication day", w.end);
      r.relative = true;
      return r;
    }
    if (w.month > 0) {
      int y = w.year;
      if (y == 0) {
        if (!pub) return Unresolved(o.how, w.end);
        int by = GregorianToBangla(*pub).year;
        std::vector<absl::CivilDay> cands;
        for (int c = by - 1; c <= by + 1; ++c) cands.push_back(*BanglaToGregorian(c, w.month, 1));
        absl::CivilDay start = *Choose(cands, *pub, dir == Dir::kNone ? Dir::kNone : dir);
        y = GregorianToBangla(start).year;
        o.relative = true;
      }
      o.from = Day(*BanglaToGregorian(y, w.month, 1));
      o.to = Day(*BanglaToGregorian(y, w.month, BanglaMonthLength(y, w.month)));
      return o;
    }
    o.from = Day(*BanglaToGregorian(w.year, 1, 1));
    o.to = Day(*BanglaToGregorian(w.year, 12, BanglaMonthLength(w.year, 12)));
    return o;
  }
  if (w.month == 7 && w.day > 31 && w.day2 == 0) {
    // "৩৬ জুলাই": Bangladesh counts the days of the 2024 uprising on from
    // July; 36 July is 5 August.
    long long y = w.year > 0 ? w.year : 2024;
    Out r = SingleDay(absl::CivilDay(y, 7, 1) + (w.day - 1), o.how + "; July counted on", w.end);
    return r;
  }
  if (w.day > 31 || w.day2 > 31) return Unresolved(o.how, w.end, "no such day");
  if (w.day > 0) {
    long long y = w.year;
    if (y == 0) {
      if (!pub) return Unresolved(o.how, w.end);
      std::vector<absl::CivilDay> cands;
      int span = (w.month == 2 && w.day == 29) ? 4 : 1;  // 29 February: leap years only
      for (long long c = pub->year() - span; c <= pub->year() + span; ++c) {
        if (normalize_internal::ValidDay(c, w.month, w.day)) {
          cands.push_back(absl::CivilDay(c, w.month, w.day));
        }
      }
      if (weekday && w.day2 == 0) {
        std::vector<absl::CivilDay> on_weekday;
        for (absl::CivilDay c : cands) {
          if (IsoWeekday(c) == *weekday && std::llabs(c - *pub) <= 200) on_weekday.push_back(c);
        }
        if (auto d = Choose(on_weekday, *pub, dir)) {
          cands = std::move(on_weekday);
          absl::StrAppend(&o.how, "; year chosen by the weekday");
        }
      }
      auto d = Choose(cands, *pub, dir);
      if (!d) return Unresolved(o.how, w.end);
      y = d->year();
      o.relative = true;
      absl::StrAppend(&o.how, "; year ", y, " from publication day");
    }
    if (!normalize_internal::ValidDay(y, w.month, w.day)) {
      return Unresolved(o.how, w.end, "no such day");
    }
    absl::CivilDay from(y, w.month, w.day);
    if (w.day2 > 0) {
      int m2 = w.month2 > 0 ? w.month2 : w.month;
      long long y2 = w.year2 > 0 ? w.year2 : y;
      if (!normalize_internal::ValidDay(y2, m2, w.day2)) return Unresolved(o.how, w.end);
      absl::CivilDay to(y2, m2, w.day2);
      if (to < from && w.year2 == 0) to = absl::CivilDay(y2 + 1, m2, w.day2);
      if (to < from) return Unresolved(o.how, w.end, "range ends before it starts");
      o.from = Day(from);
      o.to = Day(to);
      return o;
    }
    o.from = o.to = Day(from);
    o.day = from;
    return o;
  }
  if (w.month > 0) {
    long long y = w.year;
    if (y == 0) {
      if (!pub) return Unresolved(o.how, w.end);
      long long pm = pub->year() * 12 + (pub->month() - 1);
      long long best = 0;
      bool found = false;
      for (long long c = pub->year() - 1; c <= pub->year() + 1; ++c) {
        long long cm = c * 12 + (w.month - 1);
        if (dir == Dir::kPast && cm >= pm) continue;
        if (dir == Dir::kFuture && cm <= pm) continue;
        if (dir == Dir::kThis && c != pub->year()) continue;
        if (!found || std::llabs(cm - pm) < std::llabs(best - pm)) {
          best = cm;
          found = true;
        }
      }
      if (!found) return Unresolved(o.how, w.end);
      y = best / 12;
      o.relative = true;
      absl::StrAppend(&o.how, "; year ", y, " from publication day");
    }
    o.from = o.to = Month(y, w.month);
    return o;
  }
  o.from = o.to = Year(w.year);
  return o;
}

absl::CivilDay WeekdayFrom(absl::CivilDay pub, int wd, Dir dir) {
  int pwd = IsoWeekday(pub);
  switch (dir) {
    case Dir::kNone:
      return pub - ((pwd - wd + 7) % 7);
    case Dir::kPast: {
      int delta = (pwd - wd + 7) % 7;
      return pub - (delta == 0 ? 7 : delta);
    }
    case Dir::kFuture: {
      int delta = (wd - pwd + 7) % 7;
      return pub + (delta == 0 ? 7 : delta);
    }
    case Dir::kThis:
      return pub - (pwd - 1) + (wd - 1);
  }
  return pub;
}

std::string_view DirName(Dir d) {
  switch (d) {
    case Dir::kNone: return "";
    case Dir::kPast: return "past ";
    case Dir::kFuture: return "next ";
    case Dir::kThis: return "this ";
  }
  return "";
}

enum class Unit { kNone, kDay, kWeek, kMonth, kYear };

Unit UnitOf(const Item& it) {
  const std::string& f = it.folded;
  if (it.english) {
    if (f == "day" || f == "days") return Unit::kDay;
    if (f == "week" || f == "weeks") return Unit::kWeek;
    if (f == "month" || f == "months") return Unit::kMonth;
    if (f == "year" || f == "years") return Unit::kYear;
    return Unit::kNone;
  }
  if (it.StartsWith("দিন")) return Unit::kDay;
  if (it.StartsWith("সপ্তাহ")) return Unit::kWeek;
  if (it.IsWordIn({"মাস", "মাসখানেক"}) || it.StartsWith("মাসে")) return Unit::kMonth;
  // A fiscal year (অর্থবছর, July-June in Bangladesh, April-March in India)
  // is read as the calendar year it is named from: "last fiscal year" is
  // last year, close enough to keep it apart from this year's figures.
  if (it.StartsWith("বছর") || it.StartsWith("অর্থবছর") || it.IsWord("সাল") ||
      it.StartsWith("সালে")) {
    return Unit::kYear;
  }
  return Unit::kNone;
}

Out Shift(absl::CivilDay pub, Unit unit, long long n, std::string how, size_t end) {
  Out o;
  o.relative = true;
  o.end = end;
  o.how = std::move(how);
  switch (unit) {
    case Unit::kDay:
    case Unit::kWeek: {
      absl::CivilDay d = pub + n * (unit == Unit::kWeek ? 7 : 1);
      o.from = o.to = Day(d);
      o.day = d;
      break;
    }
    case Unit::kMonth: {
      absl::CivilMonth m = absl::CivilMonth(pub) + n;
      o.from = o.to = Month(m.year(), m.month());
      break;
    }
    case Unit::kYear:
      o.from = o.to = Year(pub.year() + n);
      break;
    case Unit::kNone:
      break;
  }
  return o;
}

bool IsOneOf(const Item& it, std::initializer_list<std::string_view> words) {
  return it.IsWordIn(words);
}

// Relative expressions at items[k], after an optional direction word.
std::optional<Out> ReadRelative(const normalize_internal::DateItems& d, size_t k, Dir dir,
                                const DateContext& ctx) {
  const std::vector<Item>& items = d.items;
  const size_t n = items.size();
  if (k >= n) return std::nullopt;
  const Item& it = items[k];
  const std::optional<absl::CivilDay>& pub = ctx.published;
  auto day_offset = [&](long long off, std::string how) -> Out {
    if (!pub) return Unresolved(how, k + 1);
    Out o = SingleDay(*pub + off, how, k + 1);
    o.relative = true;
    return o;
  };
  if (dir == Dir::kNone || dir == Dir::kThis) {
    if (IsOneOf(it, {"আজ", "আজকে", "আজই", "আজকের", "today", "tonight", "todays"})) {
      return day_offset(0, "today");
    }
  }
  if (dir == Dir::kNone) {
    if (IsOneOf(it, {"গতকাল", "গতকালের", "গতকালই", "গতকালও", "yesterday"})) {
      return day_offset(-1, "yesterday");
    }
    if (IsOneOf(it, {"আগামীকাল", "আগামীকালের", "আগামীকালই", "tomorrow"})) {
      return day_offset(1, "tomorrow");
    }
  }
  if (IsOneOf(it, {"কাল", "কালকে", "কালই", "কালকের"})) {
    if (dir == Dir::kNone && ctx.future) return day_offset(1, "tomorrow, in a future sentence");
    if (dir == Dir::kNone) return Unresolved("কাল", k + 1, "yesterday or tomorrow: unresolved");
    if (dir == Dir::kPast) return day_offset(-1, "yesterday");
    if (dir == Dir::kFuture) return day_offset(1, "tomorrow");
  }
  if (IsOneOf(it, {"পরশু", "পরশুর", "পরশুদিন"})) {
    if (dir == Dir::kPast) return day_offset(-2, "the day before yesterday");
    if (dir == Dir::kFuture) return day_offset(2, "the day after tomorrow");
    return Unresolved("পরশু", k + 1, "two days before or after: unresolved");
  }
  if (dir == Dir::kPast && it.kind == Item::kWord &&
      normalize_internal::DayPartOf(it.folded) == DayPart::kNight) {
    return day_offset(-1, "last night");
  }
  if (dir == Dir::kThis && it.kind == Item::kWord &&
      normalize_internal::DayPartOf(it.folded) != DayPart::kNone) {
    return day_offset(0, "today");
  }
  // Weekday.
  if (auto wd = d.WeekdayAt(k)) {
    std::string how = absl::StrCat(AbslView(DirName(dir)), "weekday ", *wd);
    if (!pub) return Unresolved(how, k + 1);
    absl::CivilDay day = WeekdayFrom(*pub, *wd, dir);
    if (dir == Dir::kNone && ctx.future) {
      // "শুক্রবার বৈঠক হবে": the coming one, today included.
      absl::StrAppend(&how, ", the coming one (a future sentence)");
      day = *pub + (*wd - IsoWeekday(*pub) + 7) % 7;
    }
    Out o = SingleDay(day, how, k + 1);
    o.relative = true;
    return o;
  }
  Unit unit = UnitOf(it);
  // "last fiscal year", "the previous financial year": a year (UnitOf).
  size_t unit_end = k + 1;
  if (it.english && (it.folded == "fiscal" || it.folded == "financial") && k + 1 < n &&
      UnitOf(items[k + 1]) == Unit::kYear) {
    unit = Unit::kYear;
    unit_end = k + 2;
  }
  if (unit != Unit::kNone && dir != Dir::kNone && it.kind == Item::kWord) {
    int step = dir == Dir::kPast ? -1 : dir == Dir::kFuture ? 1 : 0;
    std::string how = absl::StrCat(AbslView(DirName(dir)), it.folded);
    if (!pub) return Unresolved(how, unit_end);
    Out o;
    o.relative = true;
    o.how = how;
    o.end = unit_end;
    if (unit == Unit::kDay) return std::nullopt;
    if (unit == Unit::kWeek) {
      absl::CivilDay monday = *pub - (IsoWeekday(*pub) - 1) + 7 * step;
      o.from = Day(monday);
      o.to = Day(monday + 6);
      return o;
    }
    if (unit == Unit::kMonth) {
      absl::CivilMonth m = absl::CivilMonth(*pub) + step;
      o.from = o.to = Month(m.year(), m.month());
      // "চলতি মাসের ১০ তারিখে"
      size_t j = k + 1;
      if (j < n && items[j].digits && items[j].int_digits <= 2 && j + 1 < n &&
          items[j + 1].StartsWith("তারিখ") &&
          normalize_internal::ValidDay(m.year(), m.month(), static_cast<int>(items[j].value))) {
        absl::CivilDay day(m.year(), m.month(), static_cast<int>(items[j].value));
        Out r = SingleDay(day, how + "; day " + items[j].folded, j + 2);
        r.relative = true;
        return r;
      }
      return o;
    }
    long long y = pub->year() + step;
    o.from = o.to = Year(y);
    // "গত বছরের ডিসেম্বরে", "চলতি বছরের ১০ জুলাই"
    if (auto w = d.ReadAbsolute(k + 1)) {
      if (w->year == 0 && !w->bangla && w->month > 0) {
        w->year = static_cast<int>(y);
        Out r = Resolve(*w, Dir::kNone, ctx);
        r.relative = true;
        r.how = how + "; " + r.how;
        return r;
      }
    }
    return o;
  }
  // "৩ দিন আগে", "two weeks ago", "গত ৭ দিনে", "in the last 7 days".
  if (normalize_internal::StartsNumber(items, k)) {
    auto num = normalize_internal::ReadNumber(items, k, false);
    if (!num || num->has_scale || num->lo != static_cast<long long>(num->lo)) return std::nullopt;
    size_t j = num->end;
    if (j >= n) return std::nullopt;
    Unit u = UnitOf(items[j]);
    if (u == Unit::kNone) return std::nullopt;
    long long count = static_cast<long long>(num->lo);
    if (j + 1 < n && (items[j + 1].IsWord("আগে") || items[j + 1].IsWord("ago"))) {
      std::string how = absl::StrCat(count, " ", items[j].folded, " ago");
      if (!pub) return Unresolved(how, j + 2);
      return Shift(*pub, u, -count, how, j + 2);
    }
    if (dir == Dir::kPast && (u == Unit::kDay || u == Unit::kWeek)) {
      std::string how = absl::StrCat("the last ", count, " ", items[j].folded);
      if (!pub) return Unresolved(how, j + 1);
      Out o;
      o.relative = true;
      o.how = how;
      o.end = j + 1;
      o.from = Day(*pub - count * (u == Unit::kWeek ? 7 : 1));
      o.to = Day(*pub);
      return o;
    }
  }
  return std::nullopt;
}

// The direction a written date without a year is read in: its own word
// (গত, আগামী), else forward in a future sentence ("১৫ আগস্ট বৈঠক হবে").
Dir TenseDir(Dir dir, const DateContext& ctx) {
  return dir == Dir::kNone && ctx.future ? Dir::kFuture : dir;
}

// Reads a date at items[start]; nullopt when none starts there.
std::optional<DateParse> ReadAt(const normalize_internal::DateItems& d, size_t start,
                                const DateContext& ctx) {
  const std::vector<Item>& items = d.items;
  const size_t n = items.size();
  size_t k = start;
  DateParse out;
  // "ওই বছরের ১৫ নভেম্বর", "সেই বছরের ৩০ মে", "একই বছরের ২২ আগস্ট": the
  // year of an earlier sentence, which the phrase does not say. The date
  // stays unresolved rather than take the publication year.
  if (k + 1 < n && IsOneOf(items[k], {"ওই", "সেই", "একই"}) && UnitOf(items[k + 1]) == Unit::kYear) {
    out.relative = true;
    out.explanation = absl::StrCat(items[k].folded, " ", items[k + 1].folded,
                                   ": the year of an earlier sentence: unresolved");
    return out;
  }
  Dir dir = d.DirAt(k);
  if (dir != Dir::kNone) ++k;
  if (k >= n) return std::nullopt;
  std::optional<int> written_wd;
  std::optional<Out> got;
  if (auto wd = d.WeekdayAt(k)) {
    size_t j = k + 1;
    while (j < n && (items[j].IsPunct(",") || items[j].IsPunct("(") || items[j].IsPunct("-"))) ++j;
    if (auto w = d.ReadAbsolute(j); w && w->day > 0 && w->day2 == 0) {
      got = Resolve(*w, TenseDir(dir, ctx), ctx, wd);
      written_wd = wd;
      if (got->end < n && items[got->end].IsPunct(")")) ++got->end;
    }
  }
  if (!got) {
    if (auto w = d.ReadAbsolute(k)) {
      bool ok = true;
      if (w->bare_year) {
        // A bare 4-digit year is a date only alone or after in/since/...
        bool alone = true;
        for (size_t i = 0; i < n; ++i) {
          if (i != k && items[i].kind != Item::kPunct) alone = false;
        }
        bool after_word = k > 0 && IsOneOf(items[k - 1], {"in", "since", "until", "till", "by",
                                                            "from", "year", "of"});
        ok = alone || after_word;
      }
      if (ok) {
        // "১৫ আগস্ট (শুক্রবার)", "15 August 2025, Friday"
        size_t j = w->end;
        while (j < n && (items[j].IsPunct(",") || items[j].IsPunct("("))) ++j;
        if (w->day > 0 && w->day2 == 0) written_wd = d.WeekdayAt(j);
        got = Resolve(*w, TenseDir(dir, ctx), ctx, written_wd);
        if (written_wd) got->end = j + 1;
      }
    }
  }
  if (!got) got = ReadRelative(d, k, dir, ctx);
  if (!got) return std::nullopt;
  out.time.from = got->from;
  out.time.to = got->to;
  out.relative = got->relative;
  out.explanation = got->how;
  if (written_wd && got->day) {
    int actual = IsoWeekday(*got->day);
    if (actual != *written_wd) {
      out.weekday_mismatch = true;
      absl::StrAppend(&out.explanation, "; weekday mismatch: written ", *written_wd,
                      ", the date is ", actual);
    } else {
      absl::StrAppend(&out.explanation, "; weekday agrees");
    }
  }
  return out;
}

}  // namespace

std::optional<DateParse> ExplainDate(std::string_view phrase, const DateContext& ctx) {
  normalize_internal::DateItems d(phrase);
  for (size_t start = 0; start < d.items.size(); ++start) {
    if (auto r = ReadAt(d, start, ctx)) {
      r->time.text = std::string(StdView(absl::StripAsciiWhitespace(AbslView(phrase))));
      return r;
    }
  }
  return std::nullopt;
}

std::optional<TimeRef> ParseDate(std::string_view phrase, const DateContext& ctx) {
  std::optional<DateParse> p = ExplainDate(phrase, ctx);
  if (!p) return std::nullopt;
  return std::move(p->time);
}

std::optional<absl::CivilDay> ParseIsoDay(std::string_view iso) {
  iso = StdView(absl::StripAsciiWhitespace(AbslView(iso)));
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ' && iso[10] != 't') return std::nullopt;
  auto num = [&](size_t pos, size_t len) -> int {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return -1;
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  int y = num(0, 4), m = num(5, 2), dd = num(8, 2);
  if (y < 0 || m < 0 || dd < 0) return std::nullopt;
  if (!normalize_internal::ValidDay(y, m, dd)) return std::nullopt;
  return absl::CivilDay(y, m, dd);
}

}  // namespace sangati
