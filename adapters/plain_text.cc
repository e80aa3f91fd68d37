#include "adapters/plain_text.h"

#include <algorithm>
#include <array>
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "adapters/body_builder.h"
#include "adapters/byline.h"
#include "adapters/dates.h"
#include "adapters/furniture.h"
#include "adapters/language.h"
#include "engine/core/absl_compat.h"
#include "engine/core/calendar_names.h"

namespace sangati::adapters {
namespace {

struct TextLine {
  size_t begin = 0;       // byte offset of `text` in the input
  std::string_view text;  // trimmed, non-empty
};

// A tag line has at most this many words; a line with more than
// kMaxTitleWords (or a full stop and kMinSentenceWords) is body text.
constexpr size_t kMaxTagWords = 3;
constexpr size_t kMaxTitleWords = 40;
constexpr size_t kMinSentenceWords = 10;
constexpr size_t kMaxHeaderZoneLines = 15;

TextLine MakeLine(std::string_view text, size_t begin, size_t end) {
  std::string_view raw = text.substr(begin, end - begin);
  std::string_view trimmed = TrimLine(raw);
  return {begin + static_cast<size_t>(trimmed.data() - raw.data()), trimmed};
}

std::vector<TextLine> NonBlankLines(const InputText& in, size_t first_line) {
  std::vector<TextLine> out;
  for (size_t i = first_line; i < in.lines.line_count(); ++i) {
    auto [b, e] = in.lines.Line(i);
    TextLine line = MakeLine(in.text, b, e);
    if (!line.text.empty()) out.push_back(line);
  }
  return out;
}

bool IsBodySentence(std::string_view line) {
  size_t words = CountWords(line, kMaxTitleWords + 1);
  return words > kMaxTitleWords || (EndsWithFullStop(line) && words >= kMinSentenceWords);
}

// ---- "Title: / Text:" files -------------------------------------------------

enum class Key { kNone, kTitle, kPublished, kOutlet, kUrl, kLanguage, kIgnored, kBody };

struct KeyName {
  std::string_view name;
  Key key;
};

constexpr auto kHeaderKeys = std::to_array<KeyName>({
    {"title", Key::kTitle},         {"headline", Key::kTitle},      {"শিরোনাম", Key::kTitle},
    {"date", Key::kPublished},      {"published", Key::kPublished}, {"publication date", Key::kPublished},
    {"প্রকাশিত", Key::kPublished},  {"তারিখ", Key::kPublished},     {"source", Key::kOutlet},
    {"outlet", Key::kOutlet},       {"publisher", Key::kOutlet},    {"newspaper", Key::kOutlet},
    {"url", Key::kUrl},             {"link", Key::kUrl},            {"language", Key::kLanguage},
    {"lang", Key::kLanguage},       {"author", Key::kIgnored},      {"writer", Key::kIgnored},
    {"category", Key::kIgnored},    {"tags", Key::kIgnored},        {"লেখক", Key::kIgnored},
    {"text", Key::kBody},           {"body", Key::kBody},           {"article", Key::kBody},
    {"content", Key::kBody},
});

// "Key: value" with a known key; `value` is the trimmed rest of the line.
Key ParseKeyLine(const TextLine& line, TextLine* value) {
  size_t colon = line.text.find(':');
  if (colon == std::string_view::npos || colon > 40) return Key::kNone;
  std::string key = FoldNukta(absl::AsciiStrToLower(AbslView(TrimLine(line.text.substr(0, colon)))));
  for (const KeyName& k : kHeaderKeys) {
    if (key == FoldNukta(k.name)) {
      std::string_view rest = line.text.substr(colon + 1);
      std::string_view trimmed = TrimLine(rest);
      value->text = trimmed;
      value->begin = line.begin + static_cast<size_t>(trimmed.data() - line.text.data());
      return k.key;
    }
  }
  return Key::kNone;
}

struct HeaderBlock {
  std::string title;
  std::optional<size_t> title_begin;
  std::optional<std::string> published, outlet, url;
  std::string language;
  std::vector<TextLine> body;
  std::vector<std::string> warnings;
};

// Reads a "Title: ... Text: ..." file; false when `lines` is not one.
bool ReadHeaderBlock(const InputText& in, const std::vector<TextLine>& lines, HeaderBlock* out) {
  if (lines.empty()) return false;
  TextLine value;
  if (ParseKeyLine(lines[0], &value) != Key::kTitle) return false;
  Key pending = Key::kNone;
  for (size_t i = 0; i < lines.size(); ++i) {
    Key key = ParseKeyLine(lines[i], &value);
    if (key == Key::kNone) {
      // A value written on the lines after its key ("Title: \n headline").
      if (pending != Key::kTitle) return false;
      if (!out->title.empty()) out->title += " ";
      if (!out->title_begin) out->title_begin = lines[i].begin;
      out->title += std::string(lines[i].text);
      continue;
    }
    pending = value.text.empty() ? key : Key::kNone;
    switch (key) {
      case Key::kTitle:
        if (!value.text.empty()) {
          out->title = std::string(value.text);
          out->title_begin = value.begin;
        }
        break;
      case Key::kPublished: {
        bool unparsed = false;
        out->published = NormalizeDateValue(value.text, &unparsed);
        if (unparsed) {
          out->warnings.push_back(absl::StrCat(in.Location(value.begin), ": date '",
                                               Excerpt(value.text), "' not understood, ignored"));
        }
        break;
      }
      case Key::kOutlet:
        if (!IsNoValue(value.text)) out->outlet = std::string(value.text);
        break;
      case Key::kUrl:
        if (!IsNoValue(value.text)) out->url = std::string(value.text);
        break;
      case Key::kLanguage:
        out->language = std::string(value.text);
        break;
      case Key::kBody:
        if (!value.text.empty()) out->body.push_back(value);
        out->body.insert(out->body.end(), lines.begin() + static_cast<long>(i) + 1, lines.end());
        return true;
      case Key::kIgnored:
      case Key::kNone:
        break;
    }
  }
  return false;
}

// ---- Saved news pages -------------------------------------------------------

struct LineInfo {
  TextLine line;
  FurnitureAction furniture = FurnitureAction::kNone;
  std::optional<HeaderDate> date;
  std::optional<Byline> byline;
  bool header() const {
    return furniture != FurnitureAction::kNone || date.has_value() || byline.has_value();
  }
};

struct Article {
  std::string title;
  std::optional<size_t> title_begin;
  std::optional<std::string> published, outlet;
  std::vector<TextLine> body;
};

// Finds title, header dates, bylines and body lines of a saved page.
// `known_title`: the title is already known (Title:/Text: files).
Article ReadPage(const std::vector<TextLine>& lines, const std::optional<std::string>& known_title) {
  Article art;
  std::vector<LineInfo> info(lines.size());
  // Only the top of a page can be header; classify lazily, bounded.
  const size_t scan = std::min(lines.size(), kMaxHeaderZoneLines * 3);
  for (size_t i = 0; i < lines.size(); ++i) {
    info[i].line = lines[i];
    if (i < scan) {
      info[i].furniture = ClassifyFurniture(lines[i].text);
      info[i].date = ParseHeaderDateLine(lines[i].text);
      if (!info[i].date) info[i].byline = ParseByline(lines[i].text);
    }
  }
  auto next_candidate = [&](size_t from) {
    size_t i = from;
    while (i < scan && info[i].header()) ++i;
    return i;
  };

  // 1. Title.
  size_t body_from = 0;  // first line that may be body
  if (known_title) {
    art.title = *known_title;
  } else {
    size_t c = next_candidate(0);
    if (c < scan && !IsBodySentence(lines[c].text)) {
      size_t title = c;
      size_t n = next_candidate(c + 1);
      if (CountWords(lines[c].text, kMaxTagWords + 1) <= kMaxTagWords &&
          !EndsLikeSentence(lines[c].text) && n < scan && !IsBodySentence(lines[n].text) &&
          !EndsWithFullStop(lines[n].text) &&
          CountWords(lines[n].text, kMaxTitleWords + 1) > CountWords(lines[c].text)) {
        title = n;  // lines[c] is a topic tag
      }
      art.title = std::string(lines[title].text);
      art.title_begin = lines[title].begin;
      body_from = title + 1;
    }
  }

  // 2. Header zone: up to the second full sentence after the title.
  size_t zone_end = std::min(scan, body_from + kMaxHeaderZoneLines);
  int sentences = 0;
  for (size_t i = body_from; i < zone_end; ++i) {
    if (!info[i].header() && EndsWithFullStop(lines[i].text) && ++sentences == 2) {
      zone_end = i;
      break;
    }
  }
  std::optional<HeaderDate> best_date;
  auto rank = [](DateLabel l) {
    return l == DateLabel::kPublished ? 0 : l == DateLabel::kNone ? 1 : 2;
  };
  std::vector<BodyLine> body;
  std::vector<size_t> body_index;
  for (size_t i = 0; i < lines.size(); ++i) {
    bool in_zone = i < zone_end;
    if (in_zone && info[i].date) {
      if (!best_date || rank(info[i].date->label) < rank(best_date->label)) best_date = info[i].date;
      continue;
    }
    if (in_zone && info[i].byline) {
      if (!art.outlet && info[i].byline->outlet) art.outlet = info[i].byline->outlet;
      continue;
    }
    if (i < body_from) continue;  // tag lines and furniture above the title
    body.push_back({lines[i].text, true});
    body_index.push_back(i);
  }
  if (best_date) art.published = best_date->iso;

  // 3. Furniture.
  MarkFurniture(art.title, &body);
  for (size_t k = 0; k < body.size(); ++k) {
    if (body[k].keep) art.body.push_back(lines[body_index[k]]);
  }
  return art;
}

}  // namespace

void ReadPlainText(const InputText& in, const ReadOptions& options, ReadResult* result) {
  std::vector<TextLine> lines = NonBlankLines(in, 0);
  if (lines.empty()) {
    result->skipped.push_back({in.path, absl::StrCat(in.path, ": empty file (no text)")});
    return;
  }
  Document doc;
  doc.id = in.path;
  doc.path = in.path;
  Article art;
  HeaderBlock block;
  if (ReadHeaderBlock(in, lines, &block)) {
    art = ReadPage(block.body, block.title);
    art.title_begin = block.title_begin;
    // Fields given in the header block win over what the body suggests.
    if (block.published) art.published = block.published;
    if (block.outlet) art.outlet = block.outlet;
    doc.url = block.url;
    if (!block.language.empty()) doc.language = ParseLanguage(block.language);
    doc.warnings = std::move(block.warnings);
  } else {
    art = ReadPage(lines, std::nullopt);
  }
  if (art.body.empty() && art.title_begin && !art.title.empty() && !block.title_begin) {
    // Only a headline-like line and furniture: that line is the body (a
    // file of one line of text is an article, not a title).
    for (const TextLine& l : lines) {
      if (l.begin == *art.title_begin) art.body.push_back(l);
    }
    art.title.clear();
    art.title_begin.reset();
  }
  if (art.body.empty()) {
    result->skipped.push_back(
        {in.path, absl::StrCat(in.path, ": no article text found (only a title or page furniture)")});
    return;
  }
  doc.title = std::move(art.title);
  if (art.title_begin) doc.title_pos = in.lines.PosOf(*art.title_begin);
  doc.outlet = std::move(art.outlet);
  doc.published = std::move(art.published);
  BodyBuilder body;
  for (const TextLine& line : art.body) {
    body.BreakLine();
    body.Append(line.text, in.lines.PosOf(line.begin));
  }
  body.MoveTo(&doc.text, &doc.to_raw);
  if (doc.language == Language::kUnknown) doc.language = DetectLanguage(doc.text);
  std::vector<std::string> utf8 = in.WarningsFor(0, in.text.size());
  for (const std::string& w : doc.warnings) result->warnings.push_back(w);
  for (std::string& w : utf8) {
    result->warnings.push_back(w);
    doc.warnings.push_back(std::move(w));
  }
  result->documents.push_back(std::move(doc));
}

}  // namespace sangati::adapters
