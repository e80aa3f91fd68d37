// engine/normalize/numbers.h: number phrases of Bengali and English news as
// intervals (Quantity).
//
// How the pieces fit: a rule in rules/ captures a phrase with the sub-pattern
// {{quantity}} (rules/common/numbers.yaml); engine/extract hands the captured
// text to ParseQuantity(), which reads it through the same word tables
// (lexicon.h) and grammar, so whatever {{quantity}} matches parses here. The
// rule sets the unit; only percentages set it here.
//
// What is read (see docs/numbers.md for the full list):
//  * digits in both scripts, grouping 10,000 and 12,50,000, decimals ১.৫;
//  * Bengali number words শূন্য..নিরানব্বই with West Bengal and common
//    variant spellings, colloquial দু/ছ, classifiers টি/টা/টো/জন/খানা/খানি
//    and case endings (হাজারের, দুজনকে, তিনটির, দিনেরও is a unit word);
//  * fractions দেড় 1.5, আড়াই 2.5, সাড়ে X = X+0.5, সোয়া X = X+0.25,
//    পৌনে X = X-0.25, also before scales (দেড় লাখ = 150000, দেড়শ = 150);
//  * scales শ/শো/শত 100, হাজার 1e3, লাখ/লক্ষ 1e5, কোটি 1e7, ডজন 12,
//    million/mn 1e6, billion/bn 1e9, trillion 1e12, lakh, crore; paisa
//    after taka (১৫ টাকা ৮০ পয়সা = 15.8); compounds
//    in the Indian system: ১২ কোটি ৩০ লাখ = 123000000, ৩৫ হাজার ৪৬৫ কোটি =
//    354650000000 (a larger scale multiplies everything before it);
//  * English words: "two hundred and fifty", "twenty-five", "a dozen",
//    "half a million", "one and a half million", "1.5bn";
//  * percent: %, শতাংশ, পার্সেন্ট, শতকরা X, percent, per cent -> unit
//    "percent"; "percentage points"/"শতাংশ পয়েন্ট" -> "percentage_point".
//
// Qualifiers (prefix or suffix) shape the interval:
//   অন্তত/কমপক্ষে/ন্যূনতম/at least/X-এর কম নয়/X or more  -> [x, null]
//   X-এর বেশি/X-এরও বেশি/চেয়ে বেশি/অধিক/শতাধিক/more than/over/above ->
//       [x, null]. The bound is exclusive in words but stored as x: a closed
//       interval cannot say "exclusive", and one unit does not matter when
//       counts are compared (compare widens approximate figures anyway).
//   পর্যন্ত/সর্বোচ্চ/up to/as many as/at most/X-এর বেশি নয় -> [null, x]
//   X-এর কম/চেয়ে কম/less than/fewer than/under/below  -> [null, x]
//       (exclusive in words, stored as x, as above)
//   প্রায়/আনুমানিক/মোটামুটি/কাছাকাছি/X-এর মতো/শ'খানেক/about/nearly/
//       around/approximately/some/roughly/almost/an estimated/or so
//       -> [x, x], approximate = true
//   ranges "৪০ থেকে ৪৫", "৪০-৪৫", "40 to 45", "between 40 and 45",
//       "দুই-তিন", "দু তিন" -> [40, 45]; a trailing scale or percent covers
//       both ends ("৩ থেকে ৪ লাখ" = [300000, 400000]), and a currency
//       written before the first figure may be repeated before the second
//       ("$8 to $10 billion" = [8e9, 1e10]); "২০২৩-২৪" =
//       [2023, 2024]; a falling pair ("৩-২", a score) is not a quantity.
//
// Vague counts (approximate = true, no upper bound; docs/numbers.md):
//   শত শত, শয়ে শয়ে, কয়েক শ/কয়েকশো, hundreds, a few hundred   [100, open)
//   হাজার হাজার, হাজারো, কয়েক হাজার, thousands                [1000, open)
//   tens of thousands                                     [10000, open)
//   লাখো, লাখ লাখ, কয়েক লাখ, lakhs, hundreds of thousands     [100000, open)
//   millions [1e6, open); কোটি কোটি, কয়েক কোটি, crores [1e7, open)
//   dozens, কয়েক ডজন [24, open); scores [40, open); a couple (of) = 2
// In general the floor is the scale word's value (twice it for dozen and
// score), and a larger scale after a vague count multiplies it: কয়েক
// হাজার কোটি = [1e10, open). কয়েক, কয়েকজন, a few, several without a scale
// word, and বহু, অনেক, many, are not numbers (nullopt).
//
// Not quantities (nullopt): clock times (সন্ধ্যা ৭টার দিকে, ১০টায়, রাত
// ৯টা, 10:30, 10 am) and calendar dates (১৫ আগস্ট, জুলাই ১৩, ১ বৈশাখ).
// A bare year IS a quantity here ("২০২৩ সালে" -> 2023): rules decide from
// context whether a figure is a year. Negative numbers and fractions such
// as "one-third" are not read.
//
// Phrase shape: [skipped words] [prefix qualifiers] number [unit words, at
// most two] [suffix qualifier] [ignored rest]. Only the first quantity in
// the phrase is read; the explanation names what was skipped.
//
// All functions are pure and thread-safe.
#ifndef SANGATI_ENGINE_NORMALIZE_NUMBERS_H_
#define SANGATI_ENGINE_NORMALIZE_NUMBERS_H_

#include <optional>
#include <string>
#include <string_view>

#include "engine/core/claim.h"

namespace sangati {

// Parses a number phrase as written in Bengali or English news into an
// interval. `unit` is left empty except for percentages ("percent",
// "percentage_point"). nullopt when the phrase holds no number, or when its
// number is a clock time or a calendar date.
std::optional<Quantity> ParseQuantity(std::string_view phrase);

// ParseQuantity() plus a one-line account of how the phrase was read, for
// `sangati explain`, e.g.
//   "প্রায় -> approximate; ১০ হাজার = 10×1000 = 10000; -> [10000, 10000] ~".
struct QuantityParse {
  Quantity quantity;
  std::string explanation;
};
std::optional<QuantityParse> ExplainQuantity(std::string_view phrase);

}  // namespace sangati

#endif  // SANGATI_ENGINE_NORMALIZE_NUMBERS_H_
