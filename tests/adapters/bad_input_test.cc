// Bad inputs (issue 2, item 5): each is read or listed as skipped with a
// one-line reason, nothing crashes, hangs or grows without bound, and every
// other input is still read. Big and deep inputs are generated here.
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "adapters/read.h"
#include "adapters/utf8.h"
#include "adapters/walk.h"
#include "gtest/gtest.h"
#include "tests/adapters/test_util.h"

namespace sangati {
namespace {

using testing::TempDir;

constexpr const char* kGood = "Good headline\n\nThis good article has one full sentence.\n";

const Skipped* FindSkipped(const ReadResult& r, const std::string& path) {
  for (const Skipped& s : r.skipped) {
    if (s.path == path) return &s;
  }
  return nullptr;
}

TEST(BadInputTest, InvalidUtf8IsRepairedWithAWarning) {
  const std::string bytes = "Headline\n\nFirst sentence \xFF\xFE here, then more.\nSecond \xE0\xA6 line.\n";
  ReadResult r;
  ReadBuffer("latin.txt", bytes, ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& doc = r.documents[0];
  EXPECT_EQ(doc.text, "First sentence \xEF\xBF\xBD\xEF\xBF\xBD here, then more.\nSecond \xEF\xBF\xBD line.");
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0], "latin.txt:3:16: invalid UTF-8 at byte 25 replaced by U+FFFD (3 sequences)");
  EXPECT_EQ(r.warnings, doc.warnings);
  // Positions after the bad bytes still count one column per character.
  EXPECT_EQ(testing::PosOfText(doc, "here"), (SourcePos{3, 19}));
}

TEST(BadInputTest, Utf8RepairReplacesMaximalSubparts) {
  auto repaired = [](std::string_view in) {
    adapters::Utf8Repair r = adapters::RepairUtf8(in);
    return std::make_pair(r.changed ? r.text : std::string(in), r.bad_sequences);
  };
  const std::string f = "\xEF\xBF\xBD";
  EXPECT_EQ(repaired("ok \xE0\xA6\x95"), std::make_pair(std::string("ok \xE0\xA6\x95"), size_t{0}));
  EXPECT_EQ(repaired("\xC0\xAF"), std::make_pair(f + f, size_t{2}));                   // overlong
  EXPECT_EQ(repaired("a\xED\xA0\x80" "b"), std::make_pair("a" + f + f + f + "b", size_t{3}));  // surrogate
  EXPECT_EQ(repaired("\xF4\x90\x80\x80"), std::make_pair(f + f + f + f, size_t{4}));  // > U+10FFFF
  EXPECT_EQ(repaired("x\xE0\xA6"), std::make_pair("x" + f, size_t{1}));               // cut short
  EXPECT_EQ(repaired("\xE0\xA6 y"), std::make_pair(f + " y", size_t{1}));
}

TEST(BadInputTest, InvalidUtf8InOneRecordWarnsOnThatRecord) {
  const std::string bytes = "{\"body\": \"Fine record.\"}\n{\"body\": \"Bad \xC0 byte.\"}\n";
  ReadResult r;
  ReadBuffer("r.jsonl", bytes, ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_TRUE(r.documents[0].warnings.empty());
  ASSERT_EQ(r.documents[1].warnings.size(), 1u);
  EXPECT_EQ(r.documents[1].warnings[0], "r.jsonl:2:15: invalid UTF-8 at byte 39 replaced by U+FFFD (1 sequence)");
}

TEST(BadInputTest, BinaryEmptyAndUtf16AreSkipped) {
  ReadResult r;
  ReadBuffer("photo.jpg", std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11), ReadOptions(), &r);
  ReadBuffer("empty.txt", "", ReadOptions(), &r);
  ReadBuffer("spaces.txt", "  \r\n\t \xC2\xA0\n", ReadOptions(), &r);
  ReadBuffer("wide.txt", std::string("\xFF\xFEH\x00i\x00", 6), ReadOptions(), &r);
  ReadBuffer("noise.bin", std::string(4000, '\x01') + "text", ReadOptions(), &r);
  EXPECT_TRUE(r.documents.empty());
  ASSERT_EQ(r.skipped.size(), 5u);
  EXPECT_EQ(r.skipped[0].error, "photo.jpg: binary file (holds NUL bytes), not read");
  EXPECT_EQ(r.skipped[1].error, "empty.txt: empty file");
  EXPECT_EQ(r.skipped[2].error, "spaces.txt: empty file");
  EXPECT_EQ(r.skipped[3].error, "wide.txt: UTF-16 text is not supported, convert it to UTF-8");
  EXPECT_EQ(r.skipped[4].error, "noise.bin: binary file (mostly control bytes or invalid UTF-8), not read");
}

TEST(BadInputTest, MissingPathAndDanglingLink) {
  TempDir tmp;
  ASSERT_EQ(symlink(tmp.File("gone.txt").c_str(), tmp.File("dangling.txt").c_str()), 0);
  tmp.Write("good.txt", kGood);
  ReadOptions follow;
  follow.follow_symlinks = true;
  ReadResult r;
  ReadInputs({tmp.File("nope.txt"), tmp.path()}, follow, &r);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].path, tmp.File("good.txt"));
  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].error, tmp.File("nope.txt") + ": cannot read: No such file or directory");
  EXPECT_EQ(r.skipped[1].error,
            tmp.File("dangling.txt") + ": cannot follow symbolic link: No such file or directory");
}

TEST(BadInputTest, FolderDocumentationIsLeftOutOfADirectoryWalk) {
  TempDir tmp;
  tmp.Write("README.md", kGood);
  tmp.Write("SOURCE.md", kGood);
  tmp.Write("license", kGood);
  tmp.Write("readme-not.txt", kGood);  // only the whole stem counts
  tmp.Write("story.txt", kGood);
  ReadResult r;
  ReadInputs({tmp.path()}, ReadOptions{}, &r);
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].path, tmp.File("readme-not.txt"));
  EXPECT_EQ(r.documents[1].path, tmp.File("story.txt"));
  EXPECT_TRUE(r.skipped.empty());
  ASSERT_EQ(r.warnings.size(), 3u);
  EXPECT_EQ(r.warnings[0], tmp.File("README.md") +
                               ": left out: the folder's documentation, not an article (name "
                               "the file to read it)");
  // Named as a PATH, it is read.
  ReadResult named;
  ReadInputs({tmp.File("README.md")}, ReadOptions{}, &named);
  EXPECT_EQ(named.documents.size(), 1u);
}

TEST(BadInputTest, UnreadableFile) {
  if (geteuid() == 0) GTEST_SKIP() << "root can read files without permission bits";
  TempDir tmp;
  std::string locked = tmp.Write("locked.txt", kGood);
  ASSERT_EQ(chmod(locked.c_str(), 0), 0);
  ReadResult r;
  ReadInputs({locked}, ReadOptions(), &r);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error, locked + ": cannot open: Permission denied");
}

// A file listed by the directory walk that is gone when it is read (the
// race ReadInputs meets when files vanish during a run).
TEST(BadInputTest, EntryThatVanishesBeforeItIsRead) {
  TempDir tmp;
  tmp.Write("a.txt", kGood);
  tmp.Write("b.txt", kGood);
  std::vector<adapters::WalkItem> items;
  adapters::ListInput(tmp.path(), false, &items);
  ASSERT_EQ(items.size(), 2u);
  ASSERT_EQ(std::remove(tmp.File("a.txt").c_str()), 0);
  std::string bytes;
  absl::Status gone = adapters::ReadFileBytes(items[0].path, 1 << 20, &bytes, nullptr);
  EXPECT_EQ(gone.message(), "cannot open: No such file or directory");
  EXPECT_TRUE(adapters::ReadFileBytes(items[1].path, 1 << 20, &bytes, nullptr).ok());
  EXPECT_EQ(bytes, kGood);
}

// A regular file that cannot be read even by root.
TEST(BadInputTest, ReadErrorOnARegularFile) {
  if (!std::filesystem::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc";
  ReadResult r;
  ReadInputs({"/proc/self/mem", testing::SourcePath("fixtures/adapters/english_article.txt")}, ReadOptions(), &r);
  EXPECT_EQ(r.documents.size(), 1u);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error, "/proc/self/mem: read error: Input/output error");
}

TEST(BadInputTest, FifoSocketAndDeviceAreSkippedWithoutBlocking) {
  TempDir tmp;
  ASSERT_EQ(mkfifo(tmp.File("pipe").c_str(), 0600), 0);
  int sock = socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(sock, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::string sock_path = tmp.File("sock");
  ASSERT_LT(sock_path.size(), sizeof(addr.sun_path));
  std::copy(sock_path.begin(), sock_path.end(), addr.sun_path);
  ASSERT_EQ(bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  tmp.Write("story.txt", kGood);

  // Reading a FIFO would block forever: the ctest TIMEOUT catches a hang.
  ReadResult r;
  // The FIFO named directly, and inside a directory; a character device.
  ReadInputs({tmp.File("pipe"), tmp.path(), "/dev/null"}, ReadOptions(), &r);
  close(sock);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].path, tmp.File("story.txt"));
  ASSERT_EQ(r.skipped.size(), 4u);
  EXPECT_EQ(r.skipped[0].error, tmp.File("pipe") + ": a FIFO (named pipe), not read (pipe data in with \"-\")");
  EXPECT_EQ(r.skipped[1].error, tmp.File("pipe") + ": a FIFO (named pipe), not read");
  EXPECT_EQ(r.skipped[2].error, tmp.File("sock") + ": a socket, not read");
  EXPECT_EQ(r.skipped[3].error, "/dev/null: a character device, not read (pipe data in with \"-\")");
}

TEST(BadInputTest, SymlinksNotFollowedByDefaultAndLoopsEnd) {
  TempDir tmp;
  tmp.Write("dir/story.txt", kGood);
  ASSERT_EQ(symlink(tmp.File("dir").c_str(), tmp.File("dir/loop").c_str()), 0);
  ASSERT_EQ(symlink(tmp.File("dir/story.txt").c_str(), tmp.File("dir/zz_link.txt").c_str()), 0);
  ReadResult r;
  ReadInputs({tmp.File("dir")}, ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 1u);
  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].error, tmp.File("dir/loop") + ": symbolic link, not followed (use --follow-symlinks)");
  EXPECT_EQ(r.skipped[1].error, tmp.File("dir/zz_link.txt") + ": symbolic link, not followed (use --follow-symlinks)");

  ReadOptions follow;
  follow.follow_symlinks = true;
  ReadResult f;
  ReadInputs({tmp.File("dir")}, follow, &f);
  // The loop back to dir/ ends at once; the link to story.txt is the same file.
  ASSERT_EQ(f.documents.size(), 1u);
  ASSERT_EQ(f.skipped.size(), 1u);
  EXPECT_EQ(f.skipped[0].error, tmp.File("dir/loop") + ": directory already visited (a symbolic link loop?)");
  ASSERT_EQ(f.warnings.size(), 1u);
  EXPECT_EQ(f.warnings[0], tmp.File("dir/zz_link.txt") + ": same file as '" + tmp.File("dir/story.txt") +
                               "', read once");
}

TEST(BadInputTest, DeepJsonIsSkippedBeforeParsing) {
  TempDir tmp;
  std::string deep(200000, '[');
  deep += std::string(200000, ']');
  tmp.Write("deep.json", deep);
  tmp.Write("deep.jsonl", "{\"body\": \"fine line.\"}\n{\"a\": " + std::string(200000, '[') +
                              std::string(200000, ']') + "}\n");
  tmp.Write("good.txt", kGood);
  ReadResult r;
  ReadInputs({tmp.path()}, ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 2u);  // deep.jsonl#1 and good.txt
  EXPECT_EQ(r.documents[0].id, tmp.File("deep.jsonl") + "#1");
  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].error, tmp.File("deep.json") + ": JSON nested deeper than 512 levels, not read");
  EXPECT_EQ(r.skipped[1].error, tmp.File("deep.jsonl") + ":2:1: JSON nested deeper than 512 levels, record not read");
}

TEST(BadInputTest, DeepJsonLdInHtmlIsIgnored) {
  std::string html = "<html><head><script type=\"application/ld+json\">" + std::string(100000, '[') +
                     "</script></head><body><p>The page text is here.</p></body></html>";
  ReadResult r;
  ReadBuffer("ld.html", html, ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].text, "The page text is here.");
}

long MaxRssKiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

TEST(BadInputTest, FiftyMegabyteSingleLine) {
  TempDir tmp;
  std::string line;
  line.reserve(50u << 20);
  while (line.size() < (50u << 20)) line += "শব্দ word ";
  line += "শেষ।";
  std::string path = tmp.Write("one_line.txt", line);
  std::string jsonl = tmp.Write("one_line.jsonl", "{\"title\": \"Long\", \"body\": \"" + line + "\"}");
  line.clear();
  line.shrink_to_fit();
  long before = MaxRssKiB();
  auto start = std::chrono::steady_clock::now();
  ReadResult r;
  ReadInputs({path, jsonl}, ReadOptions(), &r);
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_TRUE(r.skipped.empty());
  EXPECT_GT(r.documents[0].text.size(), 50u << 20);
  EXPECT_EQ(r.documents[0].title, "");
  EXPECT_EQ(r.documents[0].PositionOf(static_cast<uint32_t>(r.documents[0].text.size() - 1)).line, 1u);
  EXPECT_GT(r.documents[1].text.size(), 50u << 20);
  // Bounded: a few copies of the input, never more. (How fast it reads is
  // bench/'s business, not a unit test's: the time is only printed.)
  EXPECT_LT(MaxRssKiB() - before, 1024L * 1024);
  std::cout << "50 MB line: " << seconds << " s, max RSS grew by " << (MaxRssKiB() - before) / 1024 << " MiB\n";
}

// "-" reads stdin (here a pipe holding a JSON Lines dataset), sniffing the
// format; the limit applies to it too.
TEST(BadInputTest, DashReadsStdin) {
  int saved = dup(STDIN_FILENO);
  ASSERT_GE(saved, 0);
  auto feed = [](const std::string& data) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    ASSERT_EQ(write(fds[1], data.data(), data.size()), static_cast<ssize_t>(data.size()));
    close(fds[1]);
    ASSERT_EQ(dup2(fds[0], STDIN_FILENO), STDIN_FILENO);
    close(fds[0]);
  };
  feed("{\"id\": \"s1\", \"body\": \"Read from a pipe.\"}\n{\"id\": \"s2\", \"body\": \"Second.\"}\n");
  ReadResult r;
  ReadInputs({"-"}, ReadOptions(), &r);
  feed(std::string(3000, 'x'));
  ReadOptions small;
  small.max_file_bytes = 1000;
  ReadInputs({"-"}, small, &r);
  ASSERT_EQ(dup2(saved, STDIN_FILENO), STDIN_FILENO);
  close(saved);
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].id, "-#s1");
  EXPECT_EQ(r.documents[0].path, "-");
  EXPECT_EQ(r.documents[0].text, "Read from a pipe.");
  EXPECT_EQ(r.documents[1].id, "-#s2");
  EXPECT_EQ(r.documents[1].PositionOf(0), (SourcePos{2, 23}));
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_EQ(r.skipped[0].error, "-: input is over the limit of 1000 bytes");
}

TEST(BadInputTest, FilesOverTheLimitAreSkipped) {
  TempDir tmp;
  std::string path = tmp.Write("big.txt", std::string(2000, 'a'));
  ReadOptions small;
  small.max_file_bytes = 1000;
  ReadResult r;
  ReadInputs({path}, small, &r);
  ReadBuffer("buf.txt", std::string(2000, 'a'), small, &r);
  ASSERT_EQ(r.skipped.size(), 2u);
  EXPECT_EQ(r.skipped[0].error, path + ": file is 2000 bytes, over the limit of 1000 bytes");
  EXPECT_EQ(r.skipped[1].error, "buf.txt: input is 2000 bytes, over the limit of 1000 bytes");
}

TEST(BadInputTest, FileNamesInAnyScriptWithSpaces) {
  TempDir tmp;
  std::string path = tmp.Write("সংবাদ ফোল্ডার/রাশিয়া সফর.txt",
                               "রাশিয়া সফরে প্রতিনিধিদল\n\nপ্রতিনিধিদলটি আজ মস্কো পৌঁছেছে।\n");
  ReadResult r;
  ReadInputs({tmp.path()}, ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, path);
  EXPECT_EQ(r.documents[0].title, "রাশিয়া সফরে প্রতিনিধিদল");
}

TEST(BadInputTest, DirectoryOrderIsSortedAndHiddenEntriesAreLeftOut) {
  TempDir tmp;
  tmp.Write("b.txt", kGood);
  tmp.Write("a/z.txt", kGood);
  tmp.Write("a.txt", kGood);
  tmp.Write(".hidden/x.txt", kGood);
  tmp.Write(".secret.txt", kGood);
  ReadResult r;
  ReadInputs({tmp.path()}, ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 3u);
  EXPECT_EQ(r.documents[0].path, tmp.File("a/z.txt"));
  EXPECT_EQ(r.documents[1].path, tmp.File("a.txt"));
  EXPECT_EQ(r.documents[2].path, tmp.File("b.txt"));
}

// Everything above in one run: the good inputs are all read.
TEST(BadInputTest, EveryOtherInputIsStillRead) {
  TempDir tmp;
  tmp.Write("1_good.txt", kGood);
  tmp.Write("2_empty.txt", "");
  tmp.Write("3_binary.bin", std::string("\x00\x01\x02", 3));
  tmp.Write("4_bad.json", "{\"body\": ");
  tmp.Write("5_bad.csv", "body\n\"never closed\n");
  tmp.Write("6_deep.json", std::string(5000, '{'));
  ASSERT_EQ(mkfifo(tmp.File("7_pipe").c_str(), 0600), 0);
  tmp.Write("8_good.json", "[{\"body\": \"A dataset record with text.\"}]");
  tmp.Write("9_good.html", "<html><body><p>A web page with text.</p></body></html>");
  ReadResult r;
  ReadInputs({tmp.path()}, ReadOptions(), &r);
  ASSERT_EQ(r.documents.size(), 3u);
  EXPECT_EQ(r.documents[0].path, tmp.File("1_good.txt"));
  EXPECT_EQ(r.documents[1].path, tmp.File("8_good.json"));
  EXPECT_EQ(r.documents[2].path, tmp.File("9_good.html"));
  EXPECT_EQ(r.skipped.size(), 6u);
  for (const char* name : {"2_empty.txt", "3_binary.bin", "4_bad.json", "6_deep.json", "7_pipe"}) {
    const Skipped* s = FindSkipped(r, tmp.File(name));
    ASSERT_NE(s, nullptr) << name;
    EXPECT_EQ(s->error.rfind(tmp.File(name), 0), 0u) << s->error;
    EXPECT_EQ(s->error.find('\n'), std::string::npos) << s->error;
  }
  const Skipped* csv = FindSkipped(r, tmp.File("5_bad.csv") + "#1");
  ASSERT_NE(csv, nullptr);
  EXPECT_EQ(csv->error, tmp.File("5_bad.csv") + ":2:1: CSV syntax error: quoted field is never closed (record 1)");
  const Skipped* json = FindSkipped(r, tmp.File("4_bad.json"));
  ASSERT_NE(json, nullptr);
  EXPECT_EQ(json->error.rfind(tmp.File("4_bad.json") + ":1:10: JSON syntax error: ", 0), 0u) << json->error;
}

}  // namespace
}  // namespace sangati
