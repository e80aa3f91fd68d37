// Manifests: auto-discovered YAML/CSV manifests, an explicit one, precedence
// over the text, and the manifest file itself not read as an article.
#include <string>

#include "adapters/manifest.h"
#include "adapters/read.h"
#include "gtest/gtest.h"
#include "tests/adapters/test_util.h"

namespace sangati {
namespace {

using testing::ReadOne;
using testing::SourcePath;
using testing::TempDir;

const Document* Find(const ReadResult& r, const std::string& id) {
  for (const Document& d : r.documents) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

TEST(ManifestTest, YamlManifestInADirectory) {
  const std::string dir = SourcePath("fixtures/adapters/manifest_dir");
  ReadResult r = ReadOne(dir);
  // bridge.txt, outlet_b/ferry.txt, outlet_b/records.jsonl (2 records); the
  // manifest is not an article.
  ASSERT_EQ(r.documents.size(), 4u);
  EXPECT_TRUE(r.skipped.empty());
  EXPECT_EQ(r.documents[0].id, dir + "/bridge.txt");
  EXPECT_EQ(r.documents[1].id, dir + "/outlet_b/ferry.txt");
  EXPECT_EQ(r.documents[2].id, dir + "/outlet_b/records.jsonl#a1");
  EXPECT_EQ(r.documents[3].id, dir + "/outlet_b/records.jsonl#a2");

  const Document& bridge = r.documents[0];
  EXPECT_EQ(bridge.outlet, "পদ্মা টাইমস");
  EXPECT_EQ(bridge.published, "2024-07-01");
  EXPECT_EQ(bridge.url, "https://padma.example/bridge");
  EXPECT_EQ(bridge.title, "সেতুর দুই লেন খুলে দেওয়া হলো");
  // A directory entry covers the files below it.
  EXPECT_EQ(r.documents[1].outlet, "Riverside Post");
  EXPECT_EQ(r.documents[1].language, Language::kEnglish);
  EXPECT_EQ(r.documents[1].published, std::nullopt);
  // Datasets state their own outlet; the manifest only fills the gap.
  EXPECT_EQ(r.documents[2].outlet, "Own Outlet");
  EXPECT_EQ(r.documents[3].outlet, "Riverside Post");
  EXPECT_EQ(r.documents[3].published, "2024-06-30");

  const std::string manifest = dir + "/sangati-manifest.yaml";
  ASSERT_EQ(r.warnings.size(), 2u);
  EXPECT_EQ(r.warnings[0], manifest +
                               ":12:5: unknown manifest key 'colour' (expected path, outlet, url, published, "
                               "title, language)");
  EXPECT_EQ(r.warnings[1], manifest + ":10:5: manifest entry 'missing.txt' matches no input that was read");
}

TEST(ManifestTest, CsvManifestSuppliesTheTitle) {
  const std::string dir = SourcePath("fixtures/adapters/manifest_csv_dir");
  ReadResult r = ReadOne(dir);
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& doc = r.documents[0];
  EXPECT_EQ(doc.title, "Cyclone makes landfall near Mongla");
  EXPECT_EQ(doc.title_pos, (SourcePos{0, 0}));
  EXPECT_EQ(doc.outlet, "Coastal Herald");
  EXPECT_EQ(doc.published, "2024-05-27T06:00:00");
  EXPECT_EQ(doc.url, "https://coastal.example/storm");
  EXPECT_TRUE(r.warnings.empty());
}

TEST(ManifestTest, ExplicitManifestOverridesTextFillsDatasets) {
  ReadOptions options;
  options.manifest = SourcePath("fixtures/adapters/explicit_manifest.yaml");
  ReadResult r;
  ReadInputs({SourcePath("fixtures/adapters/english_article.txt"), SourcePath("fixtures/adapters/dataset.json")},
             options, &r);
  const Document* article = Find(r, SourcePath("fixtures/adapters/english_article.txt"));
  ASSERT_NE(article, nullptr);
  // The byline said "Dhaka Tribune"; the user's manifest wins for text.
  EXPECT_EQ(article->outlet, "Override Outlet");
  const Document* stated = Find(r, SourcePath("fixtures/adapters/dataset.json") + "#101");
  const Document* unknown = Find(r, SourcePath("fixtures/adapters/dataset.json") + "#105");
  ASSERT_NE(stated, nullptr);
  ASSERT_NE(unknown, nullptr);
  EXPECT_EQ(stated->outlet, "নমুনা সংবাদ");
  EXPECT_EQ(unknown->outlet, "Filled Outlet");
}

TEST(ManifestTest, ExplicitManifestInsideAReadDirectoryIsNotAnArticle) {
  TempDir tmp;
  tmp.Write("a.txt", "Headline here\n\nThe first sentence of the story is here.\n");
  tmp.Write("meta.yaml", "- path: a.txt\n  outlet: Meta Outlet\n  published: 2024-02-02T10:00:00\n");
  ReadOptions options;
  options.manifest = tmp.File("meta.yaml");
  ReadResult r;
  ReadInputs({tmp.path()}, options, &r);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].outlet, "Meta Outlet");
  EXPECT_EQ(r.documents[0].published, "2024-02-02T10:00:00");
}

TEST(ManifestTest, BrokenManifestIsSkippedAndArticlesStillRead) {
  TempDir tmp;
  tmp.Write("a.txt", "Headline here\n\nThe first sentence of the story is here.\n");
  tmp.Write("sangati-manifest.yaml", "articles:\n  - path: a.txt\n    outlet: [unclosed\n");
  ReadResult r;
  ReadInputs({tmp.path()}, ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].outlet, std::nullopt);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].path, tmp.File("sangati-manifest.yaml"));
  EXPECT_EQ(r.skipped[0].error.rfind(tmp.File("sangati-manifest.yaml") + ":4:1: YAML error: ", 0), 0u)
      << r.skipped[0].error;
}

TEST(ManifestTest, DeeplyNestedManifestIsRefused) {
  TempDir tmp;
  tmp.Write("a.txt", "Headline here\n\nThe first sentence of the story is here.\n");
  tmp.Write("sangati-manifest.yaml", std::string(100000, '[') + std::string(100000, ']'));
  ReadResult r;
  ReadInputs({tmp.path()}, ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 1u);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error, tmp.File("sangati-manifest.yaml") + ": manifest nested too deeply, not read");
}

TEST(ManifestTest, MissingExplicitManifest) {
  ReadOptions options;
  options.manifest = "/nonexistent/sangati.yaml";
  ReadResult r;
  ReadInputs({SourcePath("fixtures/adapters/english_article.txt")}, options, &r);
  EXPECT_EQ(r.documents.size(), 1u);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error, "/nonexistent/sangati.yaml: manifest not read: cannot open: No such file or directory");
}

TEST(ManifestTest, CsvManifestWithBadValues) {
  TempDir tmp;
  tmp.Write("one.txt", "Headline\n\nA sentence of the article is here.\n");
  tmp.Write("sangati-manifest.csv", "path,outlet,published,language,notes\none.txt,Dawn Post,someday,xx,n\n");
  ReadResult r;
  ReadInputs({tmp.path()}, ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].outlet, "Dawn Post");
  EXPECT_EQ(r.documents[0].published, std::nullopt);
  const std::string m = tmp.File("sangati-manifest.csv");
  EXPECT_EQ(r.warnings, (std::vector<std::string>{
                            m + ":1:32: unknown manifest column 'notes', ignored",
                            m + ":2:19: published 'someday' is not a date, ignored",
                            m + ":2:27: language 'xx' is not bn/en, ignored"}));
}

}  // namespace
}  // namespace sangati
