// Plain-text articles: titles, header dates and bylines, furniture, the
// "Title:/Text:" format and mixed line endings.
#include <string>

#include "adapters/byline.h"
#include "adapters/furniture.h"
#include "adapters/language.h"
#include "adapters/read.h"
#include "gtest/gtest.h"
#include "tests/adapters/test_util.h"

namespace sangati {
namespace {

using testing::HasLine;
using testing::PosOfText;
using testing::ReadOne;
using testing::SourcePath;

Document ReadText(const std::string& name, const std::string& bytes) {
  ReadResult r;
  ReadBuffer(name, bytes, ReadOptions(), &r);
  EXPECT_EQ(r.documents.size(), 1u) << name;
  return r.documents.empty() ? Document() : r.documents[0];
}

TEST(PlainTextTest, EnglishArticle) {
  ReadResult r = ReadOne(SourcePath("fixtures/adapters/english_article.txt"));
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& doc = r.documents[0];
  EXPECT_EQ(doc.title, "Flash floods cut off 40 villages in Sunamganj as rivers rise");
  EXPECT_EQ(doc.title_pos, (SourcePos{3, 1}));
  EXPECT_EQ(doc.outlet, "Dhaka Tribune");
  // "Published:" beats the later "Updated:" line.
  EXPECT_EQ(doc.published, "2024-01-03");
  EXPECT_EQ(doc.language, Language::kEnglish);
  EXPECT_EQ(doc.text,
            "Flash floods have cut off at least 40 villages in Sunamganj after the Surma river rose above "
            "the danger mark on Tuesday, officials said.\n"
            "The district administration said nearly 12,000 families were stranded and that 35 shelters "
            "had been opened since Monday night.\n"
            "\"We have sent boats and dry food to every union,\" said the deputy commissioner, adding that "
            "the army had been asked to stand by.\n"
            "The Flood Forecasting and Warning Centre said the water level at Chhatak was 48 cm above the "
            "danger mark on Wednesday morning.");
  EXPECT_EQ(PosOfText(doc, "The district administration"), (SourcePos{14, 1}));
  EXPECT_EQ(PosOfText(doc, "said the deputy commissioner"), (SourcePos{19, 51}));
}

TEST(PlainTextTest, BengaliArticleWithPublishedLine) {
  ReadResult r = ReadOne(SourcePath("fixtures/adapters/bangla_prokashito.txt"));
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& doc = r.documents[0];
  EXPECT_EQ(doc.title, "যমুনার পানি বেড়ে সিরাজগঞ্জে ১২ গ্রাম প্লাবিত");
  // "নিজস্ব প্রতিবেদক, ঢাকা" is a byline without an outlet.
  EXPECT_EQ(doc.outlet, std::nullopt);
  EXPECT_EQ(doc.published, "2024-03-12T09:30:00");
  for (const char* gone : {"নিজস্ব প্রতিবেদক", "প্রকাশিত", "বিজ্ঞাপন", "আরও পড়ুন",
                           "উত্তরাঞ্চলে টানা বৃষ্টিতে নদ-নদীর পানি বাড়ছে", "ছবি: সংগৃহীত",
                           "শেয়ার করুন", "পাঠকের মতামত", "ভালো প্রতিবেদন"}) {
    EXPECT_EQ(doc.text.find(gone), std::string::npos) << gone;
  }
  // A date inside the body stays text and is not the publication date.
  EXPECT_TRUE(HasLine(doc.text, "স্থানীয় বাসিন্দারা বলছেন, গত বছরের ১৫ আগস্ট, ২০২৩ তারিখেও একই এলাকায় বাঁধ ভেঙেছিল।"));
  EXPECT_EQ(PosOfText(doc, "উপজেলা প্রশাসন বলছে"), (SourcePos{14, 1}));
}

TEST(PlainTextTest, TitleTextHeaderFields) {
  ReadResult r = ReadOne(SourcePath("fixtures/adapters/title_text_format.txt"));
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& doc = r.documents[0];
  EXPECT_EQ(doc.title, "কাঁচা মরিচের দাম কেজিতে ৮০ টাকা বেড়েছে");
  EXPECT_EQ(doc.title_pos, (SourcePos{1, 8}));
  EXPECT_EQ(doc.published, "2024-06-02T08:15:00");
  EXPECT_EQ(doc.outlet, "বাজার বার্তা");
  EXPECT_EQ(doc.url, "https://example.org/bazar/kacha-morich");
  EXPECT_EQ(PosOfText(doc, "ব্যবসায়ীরা বলছেন"), (SourcePos{7, 1}));
  EXPECT_EQ(doc.text.find("Text:"), std::string::npos);
}

// The BNLPC corpus layout: "Title: " with the headline on the next line,
// "\n\r" between lines, CRLF and lone CR in the body.
TEST(PlainTextTest, BnlpcLayoutWithMixedLineEndings) {
  const std::string bytes =
      "Title: \r\nশিরোনাম এখানে \n\rText: \n  প্রথম বাক্যটি এখানে।\r\nদ্বিতীয় বাক্যটি।\rতৃতীয় বাক্যটি।\n";
  Document doc = ReadText("Document_9.txt", bytes);
  EXPECT_EQ(doc.title, "শিরোনাম এখানে");
  EXPECT_EQ(doc.title_pos, (SourcePos{2, 1}));
  EXPECT_EQ(doc.text, "প্রথম বাক্যটি এখানে।\nদ্বিতীয় বাক্যটি।\nতৃতীয় বাক্যটি।");
  // Lines: 1 "Title: ", 2 headline, 3 "" (between \n and \r), 4 "Text: ",
  // 5 body (indented by two spaces), 6, 7.
  EXPECT_EQ(PosOfText(doc, "প্রথম"), (SourcePos{5, 3}));
  EXPECT_EQ(PosOfText(doc, "এখানে।"), (SourcePos{5, 17}));
  EXPECT_EQ(PosOfText(doc, "দ্বিতীয়"), (SourcePos{6, 1}));
  EXPECT_EQ(PosOfText(doc, "তৃতীয়"), (SourcePos{7, 1}));
}

TEST(PlainTextTest, MixedLineEndingsInASavedPage) {
  const std::string bytes =
      "Bridge opens to traffic\r\n\r\nBy Staff Correspondent, Riverside Post\rPublished: 5 May 2024\n"
      "\rThe new bridge opened to traffic on Sunday, the roads ministry said.\r\n"
      "It is 1.2 km long and cost Tk 900 crore.\r";
  Document doc = ReadText("bridge.txt", bytes);
  EXPECT_EQ(doc.title, "Bridge opens to traffic");
  EXPECT_EQ(doc.outlet, "Riverside Post");
  EXPECT_EQ(doc.published, "2024-05-05");
  EXPECT_EQ(doc.text,
            "The new bridge opened to traffic on Sunday, the roads ministry said.\n"
            "It is 1.2 km long and cost Tk 900 crore.");
  EXPECT_EQ(PosOfText(doc, "The new bridge"), (SourcePos{6, 1}));
  EXPECT_EQ(PosOfText(doc, "It is 1.2"), (SourcePos{7, 1}));
}

TEST(PlainTextTest, TitleRules) {
  // A first line that is a sentence is body text.
  Document a = ReadText("a.txt", "The council met on Monday and approved the budget for the coming year.\n"
                                 "It will take effect in July.\n");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.text.rfind("The council met", 0), 0u);
  // A headline may end with a question mark.
  Document b = ReadText("b.txt", "এনসিপি কেন জোটে যাচ্ছে?\n\nদলের নেতারা আজ বৈঠকে বসেছেন।\n");
  EXPECT_EQ(b.title, "এনসিপি কেন জোটে যাচ্ছে?");
  // A four-word headline is not a topic tag, even before a headline-like line.
  Document c = ReadText("c.txt",
                        "শাস্তি পেতেই হলো ফুটবলারদের\n\nচার খেলোয়াড় এক বছরের জন্য নিষিদ্ধ\n\n"
                        "বাফুফে আজ সাত খেলোয়াড়ের বিষয়ে সিদ্ধান্ত জানিয়েছে।\n");
  EXPECT_EQ(c.title, "শাস্তি পেতেই হলো ফুটবলারদের");
  EXPECT_TRUE(HasLine(c.text, "চার খেলোয়াড় এক বছরের জন্য নিষিদ্ধ"));
  // A file of one line of text: that line is the body.
  Document d = ReadText("d.txt", "বাল্যবিবাহ বন্ধে উপজেলার কাজি ও পুরোহিতেরা শপথ নিয়েছেন\n");
  EXPECT_EQ(d.title, "");
  EXPECT_EQ(d.text, "বাল্যবিবাহ বন্ধে উপজেলার কাজি ও পুরোহিতেরা শপথ নিয়েছেন");
}

TEST(PlainTextTest, DateOnlyFromHeaderLines) {
  // A date in a caption right under the headline, and one in the body, are
  // not the publication date.
  Document doc = ReadText("caption.txt",
                          "Ministers meet in Hanoi\n\n"
                          "The two ministers in Hanoi, 16 January, 2024.\n\n"
                          "The ministers met on Tuesday to discuss trade.\n\n"
                          "Published: 3 March 2024\n");
  EXPECT_EQ(doc.published, std::nullopt);
  Document labelled = ReadText("labelled.txt",
                               "Ministers meet in Hanoi\n\nঢাকা, ১২ মার্চ ২০২৪\n\n"
                               "The ministers met on Tuesday to discuss trade.\n");
  EXPECT_EQ(labelled.published, "2024-03-12");
}

TEST(PlainTextTest, EmptyAndFurnitureOnlyFilesAreSkipped) {
  ReadResult r;
  ReadBuffer("blank.txt", " \n\t\r\n", ReadOptions(), &r);
  ReadBuffer("ads.txt", "Advertisement\nShare:\nবিজ্ঞাপন\n", ReadOptions(), &r);
  EXPECT_TRUE(r.documents.empty());
  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].error, "blank.txt: empty file");
  EXPECT_EQ(r.skipped[1].error, "ads.txt: no article text found (only a title or page furniture)");
}

TEST(LanguageTest, ByScript) {
  using adapters::DetectLanguage;
  EXPECT_EQ(DetectLanguage("রাজধানীতে আজ বৃষ্টি হয়েছে।"), Language::kBengali);
  EXPECT_EQ(DetectLanguage("It rained in the capital today."), Language::kEnglish);
  // Mixed: the larger count wins; digits and punctuation do not count.
  EXPECT_EQ(DetectLanguage("BNP নেতারা আজ বৈঠকে বসেছেন"), Language::kBengali);
  EXPECT_EQ(DetectLanguage("The word সঙ্গতি means consistency in Bengali"), Language::kEnglish);
  EXPECT_EQ(DetectLanguage("১২৩ 456 — !"), Language::kUnknown);
}

// ---- byline.h -------------------------------------------------------------

TEST(BylineTest, OutletFromBylines) {
  using adapters::ParseByline;
  EXPECT_EQ(ParseByline("বিশ্ব ডেস্ক . সত্য নিউজ")->outlet, "সত্য নিউজ");
  EXPECT_EQ(ParseByline("আনন্দবাজার অনলাইন ডেস্ক")->outlet, "আনন্দবাজার অনলাইন");
  EXPECT_EQ(ParseByline("By Staff Reporter, Dhaka Tribune")->outlet, "Dhaka Tribune");
  EXPECT_EQ(ParseByline("প্রথম আলো ডেস্ক")->outlet, "প্রথম আলো");
  EXPECT_EQ(ParseByline("By John Smith, The Daily Star")->outlet, "The Daily Star");
  // Bylines without an outlet.
  ASSERT_TRUE(ParseByline("নিজস্ব প্রতিবেদক, ঢাকা").has_value());
  EXPECT_EQ(ParseByline("নিজস্ব প্রতিবেদক, ঢাকা")->outlet, std::nullopt);
  EXPECT_EQ(ParseByline("অনলাইন ডেস্ক")->outlet, std::nullopt);
  EXPECT_EQ(ParseByline("By Reuters")->outlet, std::nullopt);
  EXPECT_EQ(ParseByline("কুমিল্লা প্রতিনিধি")->outlet, std::nullopt);
  EXPECT_EQ(ParseByline("-হাসানুজ্জামান, নিজস্ব প্রতিবেদক")->outlet, std::nullopt);
  // Not bylines.
  EXPECT_FALSE(ParseByline("জাতিসংঘের প্রতিনিধি দলের ঢাকা সফর শুরু").has_value());
  EXPECT_FALSE(ParseByline("Kim Jong Un").has_value());
  EXPECT_FALSE(ParseByline("বিশ্ব ডেস্ক জানিয়েছে যে বৈঠক হবে।").has_value());
}

// ---- furniture.h ----------------------------------------------------------

TEST(FurnitureTest, Table) {
  using adapters::ClassifyFurniture;
  using adapters::FurnitureAction;
  EXPECT_EQ(ClassifyFurniture("Advertisement"), FurnitureAction::kDrop);
  EXPECT_EQ(ClassifyFurniture("  ADVERTISEMENT "), FurnitureAction::kDrop);
  EXPECT_EQ(ClassifyFurniture("Share:"), FurnitureAction::kDrop);
  EXPECT_EQ(ClassifyFurniture("আরও পড়ুন"), FurnitureAction::kDropWithLink);
  EXPECT_EQ(ClassifyFurniture("আরও পড়ুন: বন্যায় ক্ষতি বাড়ছে"), FurnitureAction::kDrop);
  EXPECT_EQ(ClassifyFurniture("পাঠকের মতামত:"), FurnitureAction::kEndOfArticle);
  EXPECT_EQ(ClassifyFurniture("POST A COMMENT"), FurnitureAction::kEndOfArticle);
  EXPECT_EQ(ClassifyFurniture("রাশিয়ার বিদেশমন্ত্রীর সঙ্গে কিম জং উন (বাঁ দিকে)। ছবি: রয়টার্স।"),
            FurnitureAction::kDrop);
  EXPECT_EQ(ClassifyFurniture("(সবচেয়ে আগে সব খবর। ফলো করুন আমাদের Google News, X এবং Facebook পেজ)"),
            FurnitureAction::kDrop);
  // Article sentences that merely contain such words stay.
  EXPECT_EQ(ClassifyFurniture("The advertisement market grew 8% last year, the report said."),
            FurnitureAction::kNone);
  EXPECT_EQ(ClassifyFurniture("ছবি: তোলার সময় প্রধানমন্ত্রী উপস্থিত ছিলেন বলে জানান আয়োজকেরা এবং পরে সবাই একসঙ্গে মঞ্চ ছাড়েন।"),
            FurnitureAction::kNone);
  // Decomposed য় (য + nukta) matches the table too.
  EXPECT_EQ(ClassifyFurniture("শে\u09af\u09bcার করুন"), FurnitureAction::kDrop);
}

std::vector<std::string> Kept(const std::string& title, std::vector<std::string> lines) {
  std::vector<adapters::BodyLine> body;
  for (const std::string& l : lines) body.push_back({l, true});
  adapters::MarkFurniture(title, &body);
  std::vector<std::string> out;
  for (const auto& b : body) {
    if (b.keep) out.push_back(std::string(b.text));
  }
  return out;
}

TEST(FurnitureTest, TitleRepeats) {
  const std::string title = "Topic: Rivers rise across the north";
  EXPECT_EQ(Kept(title, {"Rivers rise across the north", "Water rose on Monday."}),
            (std::vector<std::string>{"Water rose on Monday."}));
  // Glued to another headline: a repeat.
  EXPECT_EQ(Kept(title, {"Rivers rise across the northTeesta crosses danger mark", "Water rose."}),
            (std::vector<std::string>{"Water rose."}));
  // Followed by a sentence: article text.
  EXPECT_EQ(Kept(title, {"Rivers rise across the north after three days of heavy rain, officials said."}),
            (std::vector<std::string>{"Rivers rise across the north after three days of heavy rain, officials said."}));
}

TEST(FurnitureTest, EndMarkersLinksAndSignOffs) {
  EXPECT_EQ(Kept("", {"First sentence.", "Read more", "Another story headline", "Second sentence.",
                      "-Staff Reporter", "Related News", "Other headline."}),
            (std::vector<std::string>{"First sentence.", "Second sentence."}));
  // An end marker above the first sentence (a link bar) ends nothing.
  EXPECT_EQ(Kept("", {"Comments", "The article starts here.", "It goes on."}),
            (std::vector<std::string>{"The article starts here.", "It goes on."}));
  // Short lines at the end go only once a sentence came before them.
  EXPECT_EQ(Kept("", {"Short note"}), (std::vector<std::string>{"Short note"}));
  EXPECT_EQ(Kept("", {"A sentence.", "Source: AFP", "/AI"}),
            (std::vector<std::string>{"A sentence.", "Source: AFP"}));
}

}  // namespace
}  // namespace sangati
