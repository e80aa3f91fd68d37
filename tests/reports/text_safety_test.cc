#include "reports/text_safety.h"

#include <gtest/gtest.h>

#include <sstream>

#include "reports/progress.h"
#include "reports/sha256.h"

namespace sangati {
namespace {

TEST(TextSafetyTest, EscapesMarkup) {
  EXPECT_EQ(HtmlEscape("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  EXPECT_EQ(HtmlEscape("<img src=x onerror=\"a()\">"),
            "&lt;img src=x onerror=&quot;a()&quot;&gt;");
  EXPECT_EQ(HtmlEscape("&amp; </textarea>"), "&amp;amp; &lt;/textarea&gt;");
  EXPECT_EQ(HtmlEscape("কিম জং উন ৪০ জন"), "কিম জং উন ৪০ জন");
  EXPECT_EQ(HtmlEscape("line\nnext\tcol"), "line\nnext\tcol");
}

TEST(TextSafetyTest, ControlsAndDirectionOverrides) {
  EXPECT_EQ(HtmlEscape(std::string("a\0b", 3)), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(HtmlEscape("a\x1b[31mb"), "a\xEF\xBF\xBD[31mb");
  EXPECT_EQ(HtmlEscape("\xE2\x80\xAEgnp.exe"), "[U+202E]gnp.exe");          // RLO
  EXPECT_EQ(HtmlEscape("\xE2\x81\xA6x\xE2\x81\xA9"), "[U+2066]x[U+2069]");  // LRI, PDI
  EXPECT_EQ(HtmlEscape("\xC2\x85"), "\xEF\xBF\xBD");                         // NEL (C1)
  EXPECT_EQ(HtmlEscape("a\xE2\x80\x8D" "b"), "a\xE2\x80\x8D" "b");  // ZWJ stays (Bengali uses it)
}

TEST(TextSafetyTest, InvalidUtf8NeverSwallowsMarkup) {
  // A truncated 3-byte sequence right before '<' must not eat the '<'.
  EXPECT_EQ(HtmlEscape("\xE0\xA6<b>"), "\xEF\xBF\xBD\xEF\xBF\xBD&lt;b&gt;");
  EXPECT_EQ(HtmlEscape("\xFF"), "\xEF\xBF\xBD");
  EXPECT_EQ(HtmlEscape("\xC0\xBC"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '<'
  EXPECT_EQ(HtmlEscape("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(ValidUtf8("ok \xE0\xA6"), "ok \xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(ValidUtf8("ঢাকা"), "ঢাকা");
}

TEST(TextSafetyTest, TerminalSafe) {
  EXPECT_EQ(TerminalSafe("a\x1b[2Jb\x07" "c\nd"), "a [2Jb c d");
  EXPECT_EQ(TerminalSafe("\xE2\x80\xAEx"), "[U+202E]x");
  EXPECT_EQ(TerminalSafe("ঢাকা <b>"), "ঢাকা <b>");
}

TEST(Sha256Test, KnownVectors) {
  auto hex = [](std::string_view s) {
    std::string out;
    for (uint8_t b : Sha256(s)) {
      static const char* d = "0123456789abcdef";
      out.push_back(d[b >> 4]);
      out.push_back(d[b & 15]);
    }
    return out;
  };
  EXPECT_EQ(hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(CspHashSource(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
}

TEST(Sha256Test, Base64) {
  auto b64 = [](std::string_view s) {
    return Base64(reinterpret_cast<const uint8_t*>(s.data()), s.size());
  };
  EXPECT_EQ(b64(""), "");
  EXPECT_EQ(b64("f"), "Zg==");
  EXPECT_EQ(b64("fo"), "Zm8=");
  EXPECT_EQ(b64("foo"), "Zm9v");
  EXPECT_EQ(b64("foobar"), "Zm9vYmFy");
}

TEST(ProgressTest, RendersAndStaysQuietWhenDisabled) {
  EXPECT_EQ(ProgressBar::Render(0, 3500, "documents"),
            "[..............................]    0/3500 documents");
  EXPECT_EQ(ProgressBar::Render(1750, 3500, "documents"),
            "[###############...............] 1750/3500 documents");
  EXPECT_EQ(ProgressBar::Render(3500, 3500, "documents"),
            "[##############################] 3500/3500 documents");
  EXPECT_FALSE(ShouldShowProgress(3500, false));
  EXPECT_FALSE(ShouldShowProgress(10, true));
  EXPECT_TRUE(ShouldShowProgress(3500, true));
  std::ostringstream quiet;
  {
    ProgressBar bar(quiet, 5, false);
    for (int i = 0; i < 5; ++i) bar.Advance();
  }
  EXPECT_EQ(quiet.str(), "");
  std::ostringstream shown;
  {
    ProgressBar bar(shown, 4, true, "files");
    for (int i = 0; i < 4; ++i) bar.Advance();
  }
  // The last Advance draws the full bar; Finish (in the destructor) draws it
  // once more and ends the line.
  EXPECT_EQ(shown.str().substr(shown.str().size() - 1), "\n");
  EXPECT_NE(shown.str().find("\r[##############################] 4/4 files\n"), std::string::npos);
}

}  // namespace
}  // namespace sangati
