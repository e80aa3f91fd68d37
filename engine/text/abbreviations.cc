#include "engine/text/abbreviations.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace sangati::text_internal {
namespace {

struct Entry {
  std::string_view token;
  AbbrevKind kind;
};

constexpr AbbrevKind kNever = AbbrevKind::kNeverEnds;
constexpr AbbrevKind kNumber = AbbrevKind::kBeforeNumber;
constexpr AbbrevKind kMay = AbbrevKind::kMayEnd;

// English abbreviations written with a dot, without the final dot.
constexpr Entry kEnglish[] = {
    // Titles and ranks: always followed by a name.
    {"Mr", kNever}, {"Mrs", kNever}, {"Ms", kNever}, {"Mx", kNever}, {"Messrs", kNever},
    {"Dr", kNever}, {"Prof", kNever}, {"St", kNever}, {"Rev", kNever}, {"Hon", kNever},
    {"Gen", kNever}, {"Lt", kNever}, {"Col", kNever}, {"Maj", kNever}, {"Capt", kNever},
    {"Cpt", kNever}, {"Sgt", kNever}, {"Cpl", kNever}, {"Pvt", kNever}, {"Adm", kNever},
    {"Brig", kNever}, {"Cdr", kNever}, {"Cmdr", kNever}, {"Sqn", kNever}, {"Ldr", kNever},
    {"Gov", kNever}, {"Sen", kNever}, {"Rep", kNever}, {"Pres", kNever}, {"Supt", kNever},
    {"Insp", kNever}, {"Mt", kNever}, {"Ft", kNever}, {"Sk", kNever},
    // South Asian English usage: "Md. Abdul Hamid", "Engr. ...", "Adv. ...".
    {"Md", kNever}, {"Mohd", kNever}, {"Engr", kNever}, {"Adv", kNever},
    // Latin and similar: always continued.
    {"vs", kNever}, {"v", kNever}, {"e.g", kNever}, {"i.e", kNever}, {"cf", kNever},
    {"viz", kNever}, {"approx", kNever}, {"ca", kNever}, {"Approx", kNever},
    // Before a number.
    {"No", kNumber}, {"Nos", kNumber}, {"no", kNumber}, {"Art", kNumber}, {"Sec", kNumber},
    {"Vol", kNumber}, {"Vols", kNumber}, {"vol", kNumber}, {"pp", kNumber}, {"p", kNumber},
    {"Fig", kNumber}, {"Figs", kNumber}, {"fig", kNumber}, {"Ch", kNumber}, {"Para", kNumber},
    {"Rs", kNumber}, {"Tk", kNumber}, {"Ref", kNumber}, {"Tel", kNumber}, {"Ext", kNumber},
    {"Jan", kNumber}, {"Feb", kNumber}, {"Mar", kNumber}, {"Apr", kNumber}, {"Jun", kNumber},
    {"Jul", kNumber}, {"Aug", kNumber}, {"Sep", kNumber}, {"Sept", kNumber}, {"Oct", kNumber},
    {"Nov", kNumber}, {"Dec", kNumber},
    // May end a sentence.
    {"etc", kMay}, {"Inc", kMay}, {"Ltd", kMay}, {"Co", kMay}, {"Corp", kMay}, {"Bros", kMay},
    {"Jr", kMay}, {"Sr", kMay}, {"Esq", kMay}, {"al", kMay}, {"Rd", kMay}, {"Ave", kMay},
    {"Blvd", kMay}, {"Govt", kMay}, {"Dept", kMay}, {"Univ", kMay},
};

// Bengali abbreviations written with a dot. Bengali has no capitals to tell
// a sentence start, so all of these are kNeverEnds.
constexpr Entry kBengali[] = {
    {"ড", kNever},       // ডক্টর (Dr., PhD)
    {"ডা", kNever},      // ডাক্তার (medical doctor)
    {"মো", kNever},      // মোহাম্মদ
    {"মোহা", kNever},    // মোহাম্মদ
    {"মু", kNever},      // মুহাম্মদ
    {"মুহা", kNever},    // মুহাম্মদ
    {"মোসা", kNever},    // মোসাম্মৎ
    {"মোছা", kNever},    // মোছাম্মৎ
    {"মি", kNever},      // মিস্টার
    {"মিজ", kNever},     // মিজ (Ms.)
    {"মিসেস", kNever},   // মিসেস (Mrs.)
    {"প্রফে", kNever},   // প্রফেসর
    {"প্রফ", kNever},    // প্রফেসর
    {"অধ্যা", kNever},   // অধ্যাপক
    {"অধ্য", kNever},    // অধ্যক্ষ
    {"প্রকৌ", kNever},   // প্রকৌশলী
    {"ইঞ্জি", kNever},   // ইঞ্জিনিয়ার
    {"অ্যাড", kNever},   // অ্যাডভোকেট
    {"এড", kNever},      // এডভোকেট
    {"এডভো", kNever},    // এডভোকেট
    {"মাও", kNever},     // মাওলানা
    {"মৌ", kNever},      // মৌলভী
    {"হা", kNever},      // হাফেজ
    {"সা", kNever},      // (সা.) সাল্লাল্লাহু আলাইহি ওয়াসাল্লাম
    {"রা", kNever},      // (রা.) রাদিয়াল্লাহু আনহু
    {"রহ", kNever},      // (রহ.) রহমাতুল্লাহি আলাইহি
    {"আ", kNever},       // (আ.) আলাইহিস সালাম; also an initial
    {"অব", kNever},      // (অব.) অবসরপ্রাপ্ত
    {"লে", kNever},      // লেফটেন্যান্ট
    {"ব্রি", kNever},    // ব্রিগেডিয়ার
    {"কমো", kNever},     // কমোডর
    {"লি", kNever},      // লিমিটেড
    {"কোং", kNever},     // কোম্পানি
    {"খ্রি", kNever},    // খ্রিস্টাব্দ
    {"খ্রিস্টপূর্ব", kNever},
    {"ইং", kNever},      // ইংরেজি (year)
    {"বঙ্গা", kNever},   // বঙ্গাব্দ
    {"হি", kNever},      // হিজরি
    {"নং", kNever},      // নম্বর
    {"পৃ", kNever},      // পৃষ্ঠা
    {"সং", kNever},      // সংখ্যা / সংস্করণ
    {"দ্র", kNever},     // দ্রষ্টব্য (see)
};

// Latin letters as Bengali news spells initials: "এ. কে. এম.", "এস. এম.".
constexpr std::string_view kBengaliInitials[] = {
    "এ", "বি", "সি", "ডি", "ই", "এফ", "জি", "এইচ", "আই", "জে", "কে", "এল", "এম",
    "এন", "ও", "পি", "কিউ", "আর", "এস", "টি", "ইউ", "ভি", "ডব্লিউ", "ডাব্লিউ",
    "এক্স", "ওয়াই", "জেড", "জেট",
};

// Words that number the items of a list: "i.", "iv.", "এক.", "তিন.".
constexpr std::string_view kListWords[] = {
    "i",   "ii",  "iii", "iv",  "v",   "vi",  "vii",  "viii", "ix",  "x",
    "I",   "II",  "III", "IV",  "V",   "VI",  "VII",  "VIII", "IX",  "X",
    "এক",  "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত",  "আট",   "নয়", "দশ",
};

// Capitalised words that typically open an English sentence.
constexpr std::string_view kStarters[] = {
    "A", "According", "After", "Also", "Although", "An", "And", "As", "At", "Before",
    "But", "By", "During", "Earlier", "Even", "For", "From", "He", "Her", "Here", "His",
    "However", "I", "If", "In", "It", "Its", "Last", "Later", "Meanwhile", "Most", "My",
    "No", "Now", "On", "One", "Only", "Our", "She", "Since", "So", "Some", "That", "The",
    "Their", "There", "These", "They", "This", "Those", "Thus", "To", "Under", "We",
    "What", "When", "Where", "While", "Who", "With", "Yet", "You",
};

const std::vector<Entry>& SortedEntries() {
  static const std::vector<Entry>* entries = [] {
    auto* v = new std::vector<Entry>();
    v->insert(v->end(), std::begin(kEnglish), std::end(kEnglish));
    v->insert(v->end(), std::begin(kBengali), std::end(kBengali));
    std::sort(v->begin(), v->end(),
              [](const Entry& a, const Entry& b) { return a.token < b.token; });
    return v;
  }();
  return *entries;
}

AbbrevKind Listed(std::string_view token) {
  const std::vector<Entry>& entries = SortedEntries();
  auto it = std::lower_bound(entries.begin(), entries.end(), token,
                             [](const Entry& e, std::string_view t) { return e.token < t; });
  if (it != entries.end() && it->token == token) return it->kind;
  return AbbrevKind::kNone;
}

bool IsLatinLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// One Bengali code point that is a letter (consonant or independent vowel).
bool IsSingleBengaliLetter(std::string_view piece) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(piece.data());
  int32_t len = static_cast<int32_t>(piece.size());
  int32_t i = 0;
  int32_t c;
  U8_NEXT(p, i, len, c);
  if (i != len || c < 0x0980 || c > 0x09FF) return false;
  return u_isalpha(c) && u_getCombiningClass(c) == 0 &&
         u_charType(c) == U_OTHER_LETTER;
}

bool IsBengaliInitial(std::string_view piece) {
  if (IsSingleBengaliLetter(piece)) return true;
  for (std::string_view initial : kBengaliInitials) {
    if (piece == initial) return true;
  }
  return false;
}

}  // namespace

AbbrevKind ClassifyAbbreviation(std::string_view token) {
  if (token.empty()) return AbbrevKind::kNone;
  AbbrevKind listed = Listed(token);
  if (listed != AbbrevKind::kNone) return listed;
  // A single capital letter: an initial ("J. K. Rowling").
  if (token.size() == 1 && token[0] >= 'A' && token[0] <= 'Z') return AbbrevKind::kMayEnd;
  // Dotted forms: every piece one or two Latin letters ("U.S", "a.m",
  // "Ph.D"), or every piece a Bengali initial or abbreviation ("আ.ক.ম",
  // "এ.কে").
  bool latin = true, bengali = true;
  size_t pieces = 0;
  size_t start = 0;
  while (start <= token.size()) {
    size_t dot = token.find('.', start);
    if (dot == std::string_view::npos) dot = token.size();
    std::string_view piece = token.substr(start, dot - start);
    ++pieces;
    if (piece.empty()) return AbbrevKind::kNone;
    bool piece_latin = piece.size() <= 2 && IsLatinLetter(piece[0]) &&
                       (piece.size() == 1 || IsLatinLetter(piece[1]));
    latin = latin && piece_latin;
    bengali = bengali && static_cast<unsigned char>(piece[0]) >= 0x80 &&
              (IsBengaliInitial(piece) || Listed(piece) == AbbrevKind::kNeverEnds);
    if (!latin && !bengali) return AbbrevKind::kNone;
    start = dot + 1;
  }
  if (bengali) return AbbrevKind::kNeverEnds;
  if (latin && pieces > 1) return AbbrevKind::kMayEnd;
  return AbbrevKind::kNone;
}

bool IsListMarker(std::string_view token) {
  if (token.empty()) return false;
  // Digits: ASCII or Bengali (U+09E6-U+09EF, E0 A7 A6-AF), at most three.
  size_t digits = 0;
  for (size_t i = 0; i < token.size();) {
    const unsigned char b = static_cast<unsigned char>(token[i]);
    if (b >= '0' && b <= '9') {
      i += 1;
    } else if (b == 0xE0 && i + 2 < token.size() &&
               static_cast<unsigned char>(token[i + 1]) == 0xA7 &&
               static_cast<unsigned char>(token[i + 2]) >= 0xA6 &&
               static_cast<unsigned char>(token[i + 2]) <= 0xAF) {
      i += 3;
    } else {
      digits = 0;
      break;
    }
    ++digits;
  }
  if (digits >= 1 && digits <= 3) return true;
  if (token.size() == 1 && IsLatinLetter(token[0])) return true;
  if (IsSingleBengaliLetter(token)) return true;
  for (std::string_view w : kListWords) {
    if (token == w) return true;
  }
  return false;
}

bool IsSentenceStarter(std::string_view word) {
  for (std::string_view s : kStarters) {
    if (word == s) return true;
  }
  return false;
}

}  // namespace sangati::text_internal
