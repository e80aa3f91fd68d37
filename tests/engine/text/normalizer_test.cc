// Tests for engine/text/normalizer.h: the canonical form and offset mapping.
// Literals spell every nukta letter with escapes: \u09DF (য় precomposed) vs
// \u09AF\u09BC (য + nukta), so the test does not depend on how an editor
// stored the file.
#include "engine/text/normalizer.h"

#include <random>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "unicode/normalizer2.h"
#include "unicode/unistr.h"

namespace sangati {
namespace {

// Offset of the first occurrence of `needle` in `text` (must exist).
uint32_t Find(const std::string& text, const std::string& needle) {
  size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return static_cast<uint32_t>(at);
}

TEST(NormalizeTextTest, DecomposedAndPrecomposedNuktaGiveIdenticalText) {
  // পিয়ংইয়ং, রাশিয়া, বড়, আষাঢ় in both spellings.
  const std::string precomposed =
      "\u09AA\u09BF\u09DF\u0982\u0987\u09DF\u0982 \u09B0\u09BE\u09B6\u09BF\u09DF\u09BE "
      "\u09AC\u09DC \u0986\u09B7\u09BE\u09DD";
  const std::string decomposed =
      "\u09AA\u09BF\u09AF\u09BC\u0982\u0987\u09AF\u09BC\u0982 "
      "\u09B0\u09BE\u09B6\u09BF\u09AF\u09BC\u09BE \u09AC\u09A1\u09BC \u0986\u09B7\u09BE\u09A2\u09BC";
  EXPECT_EQ(NormalizeText(decomposed), precomposed);
  EXPECT_EQ(NormalizeText(precomposed), precomposed);  // not decomposed by NFC
}

TEST(NormalizeTextTest, NuktaAfterViramaIsReorderedThenComposed) {
  // য + ্ + ় : NFC puts the nukta (ccc 7) before the virama (ccc 9).
  EXPECT_EQ(NormalizeText("\u09AF\u09CD\u09BC"), "\u09DF\u09CD");
  EXPECT_EQ(NormalizeText("\u09DF\u09CD"), "\u09DF\u09CD");
}

TEST(NormalizeTextTest, NfcComposesBengaliTwoPartVowels) {
  // ক + ে + া -> কো ; ক + ে + ৗ -> কৌ ; already composed stays.
  EXPECT_EQ(NormalizeText("\u0995\u09C7\u09BE"), "\u0995\u09CB");
  EXPECT_EQ(NormalizeText("\u0995\u09C7\u09D7"), "\u0995\u09CC");
  EXPECT_EQ(NormalizeText("\u0995\u09CB"), "\u0995\u09CB");
  // া after anything but ে is left alone.
  EXPECT_EQ(NormalizeText("\u0995\u09BE"), "\u0995\u09BE");
}

TEST(NormalizeTextTest, NfcOnLatin) {
  EXPECT_EQ(NormalizeText("Cafe\u0301 Nin\u0303o"), "Caf\u00E9 Ni\u00F1o");
  EXPECT_EQ(NormalizeText("\u2126"), "\u03A9");  // OHM SIGN -> OMEGA (singleton)
}

TEST(NormalizeTextTest, FoldsQuotesAndApostrophes) {
  EXPECT_EQ(NormalizeText("\u201CYes,\u201D she said. \u2018No\u2019 \u201Ebut\u201C \u00ABoui\u00BB"),
            "\"Yes,\" she said. 'No' \"but\" \"oui\"");
  EXPECT_EQ(NormalizeText("don\u2019t \u201Bx\u2032 5\u2033 \u201Aa\u2039b\u203A"),
            "don't 'x' 5\" 'a'b'");
  // Bengali: দু’বার, ‘উষ্ণ’
  EXPECT_EQ(NormalizeText("\u09A6\u09C1\u2019\u09AC\u09BE\u09B0 \u2018\u0989\u09B7\u09CD\u09A3\u2019"),
            "\u09A6\u09C1'\u09AC\u09BE\u09B0 '\u0989\u09B7\u09CD\u09A3'");
}

TEST(NormalizeTextTest, RemovesZeroWidthAndInvisibleCharacters) {
  // র‍্যাব (RAB) typed with a ZWJ, and a ZWNJ inside a word.
  EXPECT_EQ(NormalizeText("\u09B0\u200D\u09CD\u09AF\u09BE\u09AC"),
            "\u09B0\u09CD\u09AF\u09BE\u09AC");
  EXPECT_EQ(NormalizeText("\u0995\u200C\u09B7"), "\u0995\u09B7");
  EXPECT_EQ(NormalizeText("\uFEFFBOM at start"), "BOM at start");
  EXPECT_EQ(NormalizeText("co\u00ADoper\u200Bate"), "cooperate");
  EXPECT_EQ(NormalizeText("\u202Babc\u202C \u2067x\u2069 \u200Ey\u200F\u2060"), "abc x y");
}

TEST(NormalizeTextTest, RemovingAJoinerLetsNfcCompose) {
  // ে ZWJ া: once the ZWJ is gone the two signs compose to ো.
  EXPECT_EQ(NormalizeText("\u0995\u09C7\u200D\u09BE"), "\u0995\u09CB");
  // য ZWNJ ় : the nukta then follows য directly.
  EXPECT_EQ(NormalizeText("\u09AF\u200C\u09BC"), "\u09DF");
}

TEST(NormalizeTextTest, SpacesAndLineBreaks) {
  EXPECT_EQ(NormalizeText("a\u00A0b\u2009c\u3000d\u202Fe\tf"), "a b c d e\tf");
  EXPECT_EQ(NormalizeText("one\r\ntwo\rthree\nfour\u2028five\u2029six\u0085seven"),
            "one\ntwo\nthree\nfour\nfive\nsix\nseven");
  EXPECT_EQ(NormalizeText("\r\n\r\r"), "\n\n\n");
  // A CR at every position of a long ASCII run (the scan reads 8 bytes at a time).
  for (int k = 0; k < 20; ++k) {
    const std::string a(k, 'a'), b(20 - k, 'b');
    EXPECT_EQ(NormalizeText(a + "\r" + b), a + "\n" + b) << k;
    EXPECT_EQ(NormalizeText(a + "\r\n" + b + "\u00A0"), a + "\n" + b + " ") << k;
  }
}

TEST(NormalizeTextTest, IllFormedUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(NormalizeText("a\xFF" "b"), "a\uFFFD" "b");
  EXPECT_EQ(NormalizeText("\x80"), "\uFFFD");
  EXPECT_EQ(NormalizeText("x\xE0\xA6"), "x\uFFFD");  // truncated 3-byte sequence
  EXPECT_EQ(NormalizeText("\xED\xA0\x80"), "\uFFFD\uFFFD\uFFFD");  // encoded surrogate
}

TEST(NormalizeTextTest, CanonicalTextIsReturnedUnchanged) {
  const std::string text =
      "\u0989\u09A4\u09CD\u09A4\u09B0 \u0995\u09CB\u09B0\u09BF\u09DF\u09BE\u09B0 \u09A8\u09C7\u09A4\u09BE "
      "Kim said \"yes\". 3.5% \u09E8\u09E6\u09E8\u09EB\n";
  EXPECT_EQ(NormalizeText(text), text);
  EXPECT_EQ(NormalizeText(""), "");
}

// A slow reference: fold every code point, ICU NFC on the whole string,
// then compose য/ড/ঢ + nukta.
std::string Reference(const std::string& in) {
  icu::UnicodeString folded;
  const uint8_t* s = reinterpret_cast<const uint8_t*>(in.data());
  int32_t n = static_cast<int32_t>(in.size());
  for (int32_t i = 0; i < n;) {
    int32_t c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (c == '\r') {
      if (i < n && s[i] == '\n') continue;
      c = '\n';
    }
    switch (c) {
      case 0x0085: case 0x2028: case 0x2029: c = '\n'; break;
      case 0x00AD: case 0x180E: case 0x200B: case 0x200C: case 0x200D: case 0x200E:
      case 0x200F: case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
      case 0x2060: case 0x2066: case 0x2067: case 0x2068: case 0x2069: case 0xFEFF:
        continue;
      case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: c = ' '; break;
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039:
      case 0x203A: c = '\''; break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
      case 0x00BB: c = '"'; break;
      default:
        if (c >= 0x2000 && c <= 0x200A) c = ' ';
    }
    folded.append(static_cast<UChar32>(c));
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString nfc = icu::Normalizer2::getNFCInstance(status)->normalize(folded, status);
  EXPECT_TRUE(U_SUCCESS(status));
  nfc.findAndReplace(icu::UnicodeString(u"\u09AF\u09BC"), icu::UnicodeString(u"\u09DF"));
  nfc.findAndReplace(icu::UnicodeString(u"\u09A1\u09BC"), icu::UnicodeString(u"\u09DC"));
  nfc.findAndReplace(icu::UnicodeString(u"\u09A2\u09BC"), icu::UnicodeString(u"\u09DD"));
  std::string out;
  nfc.toUTF8String(out);
  return out;
}

TEST(NormalizeTextTest, MatchesWholeStringReferenceOnRandomInput) {
  // Pieces chosen to hit every path: nukta letters both ways, two-part
  // vowels, marks out of order, Latin accents, Hangul jamo, folds, CR LF,
  // ill-formed bytes.
  const std::vector<std::string> pieces = {
      "a", "e", " ", "\r", "\n", "\r\n", ".", "\u0995", "\u09AF", "\u09A1", "\u09A2",
      "\u09C7", "\u09BE", "\u09D7", "\u09BC", "\u09CD", "\u09BF", "\u09DF", "\u09DC", "\u09DD",
      "\u09CB", "\u0301", "\u0323", "\u0327", "\u0316", "\u1100", "\u1161", "\u11A8", "\uAC00",
      "\u2126", "\u201C", "\u2019", "\u200D", "\u200C", "\u00A0", "\u2028", "\uFEFF", "\xFF",
      "\x80", "\xE0\xA6", "\U0001F600", "\u0958", "\u093C", "\u0915",
  };
  std::mt19937 rng(12345);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 24);
  for (int round = 0; round < 20000; ++round) {
    std::string in;
    for (int k = length(rng); k > 0; --k) in += pieces[pick(rng)];
    std::string got = NormalizeText(in);
    ASSERT_EQ(got, Reference(in)) << "round " << round;
    ASSERT_EQ(NormalizeText(got), got) << "not idempotent, round " << round;
    Document doc;
    doc.text = in;
    PrepareDocument(&doc);
    ASSERT_EQ(doc.text, got) << "round " << round;
    ASSERT_FALSE(doc.to_raw.empty());
    uint32_t last = 0;
    for (const OffsetMap::Anchor& a : doc.to_raw.anchors()) {
      ASSERT_GE(a.offset, last);
      ASSERT_LE(a.offset, doc.text.size());
      ASSERT_GE(a.pos.line, 1u);
      ASSERT_GE(a.pos.column, 1u);
      last = a.offset;
    }
  }
}

TEST(PrepareDocumentTest, WordAfterDecomposedNuktaMapsToItsColumn) {
  // পিয়ংইয়ং সেনা with both য় decomposed: the raw line has 2 code points
  // more than the normalised one, and সেনা is raw column 11.
  Document doc;
  doc.text = "\u09AA\u09BF\u09AF\u09BC\u0982\u0987\u09AF\u09BC\u0982 \u09B8\u09C7\u09A8\u09BE";
  PrepareDocument(&doc);
  ASSERT_EQ(doc.text, "\u09AA\u09BF\u09DF\u0982\u0987\u09DF\u0982 \u09B8\u09C7\u09A8\u09BE");
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "\u09B8\u09C7\u09A8\u09BE")), (SourcePos{1, 11}));
  // The composed য় maps to its base য (raw column 3); ং after it to column 5.
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "\u09DF")), (SourcePos{1, 3}));
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "\u0982")), (SourcePos{1, 5}));
}

TEST(PrepareDocumentTest, MultiLineInputWithFoldsMapsToLineAndColumn) {
  Document doc;
  doc.text =
      "\uFEFFHeadline\r\n"
      "\u09B8\u09C7\u09A8\u09BE\u200C\u09AC\u09BE\u09B9\u09BF\u09A8\u09C0 \u201Cquoted\u201D word\r\n"
      "\r\n"
      "third\u00A0line \u09AF\u09BC\u09BE \u09B6\u09C7\u09B7\rlast";
  PrepareDocument(&doc);
  ASSERT_EQ(doc.text,
            "Headline\n"
            "\u09B8\u09C7\u09A8\u09BE\u09AC\u09BE\u09B9\u09BF\u09A8\u09C0 \"quoted\" word\n"
            "\n"
            "third line \u09DF\u09BE \u09B6\u09C7\u09B7\nlast");
  EXPECT_EQ(doc.PositionOf(0), (SourcePos{1, 2}));  // after the BOM
  // Line 2: সেনা(4) ZWNJ(1) বাহিনী(6) space “ -> "quoted" starts at column 14.
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "\u09AC\u09BE\u09B9")), (SourcePos{2, 6}));
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "quoted")), (SourcePos{2, 14}));
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "word")), (SourcePos{2, 22}));
  // Line 4: NBSP -> space keeps columns; য+় composes; শেষ is column 16.
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "third")), (SourcePos{4, 1}));
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "line ")), (SourcePos{4, 7}));
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "\u09B6\u09C7\u09B7")), (SourcePos{4, 16}));
  // The LF of a CR LF maps to the LF; a lone CR (ending line 4) to itself.
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "\n")), (SourcePos{1, 11}));
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "\nlast")), (SourcePos{4, 19}));
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "last")), (SourcePos{5, 1}));
}

TEST(PrepareDocumentTest, ComposesWithTheAdapterMap) {
  // An adapter cut "ab’c\nd e" out of a JSON string on line 5 starting at
  // column 14, where the "\n" was the two characters \ and n.
  Document doc;
  doc.text = "ab\u2019c\nd\u200B e";
  doc.to_raw.Add(0, {5, 14});
  doc.to_raw.Add(7, {5, 20});  // "d": after a, b, ’, c, \, n
  PrepareDocument(&doc);
  ASSERT_EQ(doc.text, "ab'c\nd e");
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "c")), (SourcePos{5, 17}));
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "d")), (SourcePos{5, 20}));
  // The zero-width space after d is gone, e is two raw columns after d + 1.
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "e")), (SourcePos{5, 23}));
}

TEST(PrepareDocumentTest, FillsSentencesAndReportsInvalidUtf8) {
  Document doc;
  doc.path = "news/a.txt";
  doc.language = Language::kBengali;
  doc.text = "\u0995\u09BF\u09AE \u09AC\u09B2\u09C7\u09A8\u0964 ok\xFF\xFE\n\u09B6\u09C7\u09B7";
  PrepareDocument(&doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.Slice(doc.sentences[0]), "\u0995\u09BF\u09AE \u09AC\u09B2\u09C7\u09A8\u0964");
  EXPECT_EQ(doc.Slice(doc.sentences[1]), "ok\uFFFD\uFFFD");
  EXPECT_EQ(doc.Slice(doc.sentences[2]), "\u09B6\u09C7\u09B7");
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0], "news/a.txt:1:13: invalid UTF-8 replaced by U+FFFD (2 times)");
}

TEST(PrepareDocumentTest, CleanDocumentKeepsTextAndGetsLineAnchors) {
  Document doc;
  doc.text = "first line\nsecond line\n";
  PrepareDocument(&doc);
  EXPECT_EQ(doc.text, "first line\nsecond line\n");
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "line")), (SourcePos{1, 7}));
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "second")), (SourcePos{2, 1}));
  EXPECT_EQ(doc.PositionOf(Find(doc.text, "d line")), (SourcePos{2, 6}));
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(PrepareDocumentTest, ConcurrentCallsMatchSequentialOnes) {
  // Different documents on several threads (the CharTable is built lazily
  // by whichever thread comes first).
  std::vector<std::string> texts;
  for (int i = 0; i < 64; ++i) {
    texts.push_back("\u09AA\u09BF\u09AF\u09BC\u0982 \u201C" + std::to_string(i) +
                    "\u201D \u0995\u09C7\u09BE\u0964 line\r\nnext \u00A0 done.");
  }
  std::vector<Document> sequential(texts.size()), parallel(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    sequential[i].text = parallel[i].text = texts[i];
    PrepareDocument(&sequential[i]);
  }
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&parallel, t] {
      for (size_t i = t; i < parallel.size(); i += 4) PrepareDocument(&parallel[i]);
    });
  }
  for (std::thread& t : threads) t.join();
  for (size_t i = 0; i < texts.size(); ++i) {
    EXPECT_EQ(parallel[i].text, sequential[i].text);
    EXPECT_EQ(parallel[i].sentences, sequential[i].sentences);
    EXPECT_EQ(parallel[i].to_raw.anchors().size(), sequential[i].to_raw.anchors().size());
  }
}

}  // namespace
}  // namespace sangati
