#include "adapters/html.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "adapters/body_builder.h"
#include "adapters/dates.h"
#include "adapters/furniture.h"
#include "adapters/html_scan.h"
#include "adapters/language.h"
#include "adapters/json.h"
#include "engine/core/absl_compat.h"
#include "nlohmann/json.hpp"

namespace sangati::adapters {
namespace {

// ---- Small helpers ----------------------------------------------------------

bool IEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         absl::EqualsIgnoreCase(AbslView(a), AbslView(b));
}

std::string Lower(std::string_view s) { return absl::AsciiStrToLower(AbslView(s)); }

const char* Attr(const GumboElement& el, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// ---- Paragraph text -------------------------------------------------------------

// Collects the text of paragraphs: entities decoded, whitespace collapsed,
// anchors wherever the text stops copying the input.
class ParagraphText {
 public:
  explicit ParagraphText(const InputText& in) : in_(in) {}

  // Appends raw HTML text found at byte `offset` of the input.
  void AddRaw(std::string_view raw, size_t offset) {
    bool anchored = false;  // the current run copies the input in step
    for (size_t i = 0; i < raw.size();) {
      char c = raw[i];
      if (IsHtmlSpace(c)) {
        size_t j = i;
        while (j < raw.size() && IsHtmlSpace(raw[j])) ++j;
        // A single ' ' between copied characters keeps the run in step;
        // anything else (newlines, runs, leading space) gets a new anchor.
        if (anchored && j - i == 1 && c == ' ' && j < raw.size()) {
          cur_.AppendContinuing(" ");
        } else {
          pending_space_ = true;
          anchored = false;
        }
        i = j;
        continue;
      }
      FlushSpace();
      if (c == '&') {
        std::string decoded;
        size_t n = DecodeReference(raw, i, &decoded);
        if (n > 0) {
          cur_.Append(decoded, in_.lines.PosOf(offset + i));
          i += n;
          anchored = false;
          continue;
        }
      }
      if (!anchored) {
        cur_.map.Add(static_cast<uint32_t>(cur_.text.size()), in_.lines.PosOf(offset + i));
        anchored = true;
      }
      cur_.text.push_back(c);
      ++i;
    }
  }

  // Text without a place in the input (gumbo-made nodes): anchored at `offset`.
  void AddDecoded(std::string_view text, size_t offset) {
    FlushSpace();
    cur_.Append(CollapseSpaces(text), in_.lines.PosOf(offset));
  }

  void LineBreak() {
    pending_space_ = false;
    if (!cur_.text.empty() && cur_.text.back() != '\n') cur_.AppendContinuing("\n");
  }

  // Ends the current paragraph.
  void Finish() {
    pending_space_ = false;
    if (!cur_.text.empty()) paragraphs_.push_back(std::move(cur_));
    cur_ = MappedText();
  }

  std::vector<MappedText>& paragraphs() { return paragraphs_; }

 private:
  void FlushSpace() {
    if (pending_space_ && !cur_.text.empty() && cur_.text.back() != '\n') {
      cur_.AppendContinuing(" ");
    }
    pending_space_ = false;
  }

  const InputText& in_;
  MappedText cur_;
  bool pending_space_ = false;
  std::vector<MappedText> paragraphs_;
};

// ---- Tree walking -------------------------------------------------------------

// Calls on_enter(element) -> bool (descend?), on_exit(element) after its
// children, and on_text(node) for text nodes, in document order, with an
// explicit stack.
template <class Enter, class Exit, class Text>
void Walk(GumboNode* root, Enter on_enter, Exit on_exit, Text on_text) {
  struct Frame {
    GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack;
  if (root->type == GUMBO_NODE_ELEMENT || root->type == GUMBO_NODE_TEMPLATE) {
    if (!on_enter(root)) return;
    stack.push_back({root, 0});
  }
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& children = f.node->v.element.children;
    if (f.next >= children.length) {
      GumboNode* done = f.node;
      stack.pop_back();
      on_exit(done);
      continue;
    }
    GumboNode* child = static_cast<GumboNode*>(children.data[f.next++]);
    switch (child->type) {
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        if (on_enter(child)) stack.push_back({child, 0});
        break;
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        on_text(child);
        break;
      default:
        break;  // comments, the document node
    }
  }
}

bool IsExcludedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

// Words in class/id values that mark furniture blocks.
constexpr auto kExcludedClassParts = std::to_array<std::string_view>({
    "advert", "share", "social", "related", "sponsor", "newsletter", "promo", "subscribe",
    "comments", "breadcrumb", "cookie", "popup", "menu", "navbar", "navigation",
});

bool IsAdOrNavToken(std::string_view t) {
  if (t == "ad" || t == "ads" || t == "nav" || t.starts_with("nav-") || t.starts_with("nav_")) return true;
  for (std::string_view p : {"ad-", "ads-", "ad_", "ads_"}) {
    if (t.starts_with(p)) return true;
  }
  for (std::string_view p : {"-ad", "-ads", "_ad", "_ads"}) {
    if (t.ends_with(p)) return true;
  }
  return t.find("-ad-") != std::string_view::npos || t.find("_ad_") != std::string_view::npos;
}

bool IsFurnitureClass(const char* value) {
  if (value == nullptr) return false;
  std::string v = Lower(value);
  size_t i = 0;
  while (i < v.size()) {
    while (i < v.size() && IsHtmlSpace(v[i])) ++i;
    size_t b = i;
    while (i < v.size() && !IsHtmlSpace(v[i])) ++i;
    std::string_view token(v.data() + b, i - b);
    if (token.empty()) continue;
    if (IsAdOrNavToken(token)) return true;
    for (std::string_view part : kExcludedClassParts) {
      if (token.find(part) != std::string_view::npos) return true;
    }
  }
  return false;
}

bool IsHidden(const GumboElement& el) {
  if (Attr(el, "hidden") != nullptr) return true;
  const char* aria = Attr(el, "aria-hidden");
  if (aria != nullptr && IEquals(aria, "true")) return true;
  const char* style = Attr(el, "style");
  if (style != nullptr) {
    std::string s = Lower(style);
    s.erase(std::remove_if(s.begin(), s.end(), IsHtmlSpace), s.end());
    if (s.find("display:none") != std::string::npos) return true;
  }
  return false;
}

bool IsParagraphTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DD:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  if (IsParagraphTag(tag)) return true;
  switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY: case GUMBO_TAG_TBODY: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

// ---- Page metadata ----------------------------------------------------------------

struct Located {
  std::string value;
  size_t offset = 0;  // where it starts in the input
};

struct PageMeta {
  std::string lang;
  std::vector<std::pair<std::string, Located>> metas;  // lower-case key -> content
  std::optional<Located> canonical, title, h1, time_in_article, time_any;
  std::vector<Located> json_ld;
  std::vector<GumboNode*> articles;
  GumboNode* main = nullptr;
  GumboNode* body = nullptr;

  const Located* Meta(std::string_view key) const {
    for (const auto& [k, v] : metas) {
      if (k == key && !TrimLine(v.value).empty()) return &v;
    }
    return nullptr;
  }
};

class HtmlReader {
 public:
  HtmlReader(const InputText& in, GumboOutput* out) : in_(in), out_(out) {}

  size_t OffsetOf(const char* p, size_t fallback) const {
    if (p != nullptr && p >= in_.text.data() && p <= in_.text.data() + in_.text.size()) {
      return static_cast<size_t>(p - in_.text.data());
    }
    return fallback;
  }

  // The text of `el` (entities decoded by gumbo, whitespace collapsed) and
  // where it starts.
  Located TextOf(GumboNode* el) const {
    Located loc;
    std::string text;
    bool first = true;
    Walk(
        el, [el](GumboNode* n) { return n == el || !IsExcludedTag(n->v.element.tag); },
        [](GumboNode*) {},
        [&](GumboNode* t) {
          if (first && t->type == GUMBO_NODE_TEXT) {
            loc.offset = OffsetOf(t->v.text.original_text.data, t->v.text.start_pos.offset);
            first = false;
          }
          text += t->v.text.text;
          text += ' ';
        });
    loc.value = CollapseSpaces(text);
    if (first) loc.offset = el->v.element.start_pos.offset;
    return loc;
  }

  void CollectMeta(PageMeta* m) {
    int excluded_depth = 0;
    int article_depth = 0;
    Walk(
        out_->root,
        [&](GumboNode* n) {
          const GumboElement& el = n->v.element;
          bool excluded = IsExcludedTag(el.tag) || IsHidden(el) ||
                          IsFurnitureClass(Attr(el, "class")) || IsFurnitureClass(Attr(el, "id"));
          switch (el.tag) {
            case GUMBO_TAG_HTML:
              if (const char* lang = Attr(el, "lang")) m->lang = lang;
              break;
            case GUMBO_TAG_BODY:
              m->body = n;
              break;
            case GUMBO_TAG_META: {
              const char* key = Attr(el, "property");
              if (key == nullptr) key = Attr(el, "name");
              if (key == nullptr) key = Attr(el, "itemprop");
              const GumboAttribute* content = gumbo_get_attribute(&el.attributes, "content");
              if (key != nullptr && content != nullptr) {
                size_t off = OffsetOf(content->original_value.data, content->value_start.offset);
                if (off < in_.text.size() && (in_.text[off] == '"' || in_.text[off] == '\'')) ++off;
                m->metas.push_back({Lower(key), Located{content->value, off}});
              }
              break;
            }
            case GUMBO_TAG_LINK: {
              const char* rel = Attr(el, "rel");
              const char* href = Attr(el, "href");
              if (rel != nullptr && href != nullptr && IEquals(rel, "canonical") && !m->canonical) {
                m->canonical = Located{href, el.start_pos.offset};
              }
              break;
            }
            case GUMBO_TAG_TITLE:
              if (!m->title) m->title = TextOf(n);
              return false;
            case GUMBO_TAG_SCRIPT: {
              const char* type = Attr(el, "type");
              if (type != nullptr && IEquals(type, "application/ld+json")) {
                m->json_ld.push_back(TextOf(n));
              }
              return false;
            }
            case GUMBO_TAG_H1:
              if (!m->h1 && excluded_depth == 0) {
                Located h1 = TextOf(n);
                if (!h1.value.empty()) m->h1 = h1;
              }
              break;
            case GUMBO_TAG_TIME: {
              const char* dt = Attr(el, "datetime");
              if (dt != nullptr && excluded_depth == 0) {
                Located t{dt, el.start_pos.offset};
                if (article_depth > 0 && !m->time_in_article) m->time_in_article = t;
                if (!m->time_any) m->time_any = t;
              }
              break;
            }
            case GUMBO_TAG_ARTICLE:
              if (excluded_depth == 0) m->articles.push_back(n);
              break;
            case GUMBO_TAG_MAIN:
              if (excluded_depth == 0 && m->main == nullptr) m->main = n;
              break;
            default:
              break;
          }
          if (excluded) ++excluded_depth;
          if (el.tag == GUMBO_TAG_ARTICLE) ++article_depth;
          return true;
        },
        [&](GumboNode* n) {
          const GumboElement& el = n->v.element;
          if (IsExcludedTag(el.tag) || IsHidden(el) || IsFurnitureClass(Attr(el, "class")) ||
              IsFurnitureClass(Attr(el, "id"))) {
            --excluded_depth;
          }
          if (el.tag == GUMBO_TAG_ARTICLE) --article_depth;
        },
        [](GumboNode*) {});
  }

  // Paragraph text under `container`. `fallback`: take the text of every
  // block element, not only of paragraph elements.
  std::vector<MappedText> Paragraphs(GumboNode* container, bool fallback) {
    ParagraphText text(in_);
    int para_depth = 0;
    Walk(
        container,
        [&](GumboNode* n) {
          const GumboElement& el = n->v.element;
          if (n != container &&
              (IsExcludedTag(el.tag) || IsHidden(el) || IsFurnitureClass(Attr(el, "class")) ||
               IsFurnitureClass(Attr(el, "id")) || el.tag == GUMBO_TAG_H1)) {
            return false;
          }
          if (el.tag == GUMBO_TAG_BR) {
            text.LineBreak();
            return false;
          }
          if (IsBlockTag(el.tag)) text.Finish();
          if (IsParagraphTag(el.tag)) ++para_depth;
          return true;
        },
        [&](GumboNode* n) {
          GumboTag tag = n->v.element.tag;
          if (IsBlockTag(tag)) text.Finish();
          if (IsParagraphTag(tag)) --para_depth;
        },
        [&](GumboNode* t) {
          if (para_depth == 0 && !fallback) return;
          const GumboText& v = t->v.text;
          size_t off = OffsetOf(v.original_text.data, std::string::npos);
          if (off != std::string::npos && v.original_text.length > 0 &&
              off + v.original_text.length <= in_.text.size() && t->type != GUMBO_NODE_CDATA) {
            text.AddRaw(std::string_view(v.original_text.data, v.original_text.length), off);
          } else {
            text.AddDecoded(v.text, v.start_pos.offset);
          }
        });
    text.Finish();
    return std::move(text.paragraphs());
  }

  // Total paragraph text under an element, to pick the main <article>.
  size_t ParagraphBytes(GumboNode* container) {
    size_t total = 0;
    for (const MappedText& p : Paragraphs(container, false)) total += p.text.size();
    return total;
  }

 private:
  const InputText& in_;
  GumboOutput* out_;
};

// ---- JSON-LD ------------------------------------------------------------------------

struct JsonLdArticle {
  std::optional<std::string> headline, published, publisher, language, url;
};

std::optional<std::string> StringField(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  return std::nullopt;
}

bool IsArticleType(const nlohmann::json& obj) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  auto is_article = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    std::string s = t.get<std::string>();
    return s.ends_with("Article") || s == "BlogPosting" || s == "Report";
  };
  if (is_article(*it)) return true;
  if (it->is_array()) {
    for (const auto& t : *it) {
      if (is_article(t)) return true;
    }
  }
  return false;
}

void ReadJsonLd(std::string_view text, JsonLdArticle* out) {
  if (JsonNestingDepth(text, 64) > 64) return;
  nlohmann::json doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) return;
  std::vector<const nlohmann::json*> candidates;
  auto add = [&](const nlohmann::json& v) {
    if (v.is_object()) {
      candidates.push_back(&v);
      auto graph = v.find("@graph");
      if (graph != v.end() && graph->is_array()) {
        for (const auto& g : *graph) {
          if (g.is_object()) candidates.push_back(&g);
        }
      }
    }
  };
  if (doc.is_array()) {
    for (const auto& v : doc) add(v);
  } else {
    add(doc);
  }
  for (const nlohmann::json* obj : candidates) {
    if (!IsArticleType(*obj)) continue;
    if (!out->headline) out->headline = StringField(*obj, "headline");
    if (!out->published) out->published = StringField(*obj, "datePublished");
    if (!out->language) out->language = StringField(*obj, "inLanguage");
    if (!out->url) out->url = StringField(*obj, "url");
    auto pub = obj->find("publisher");
    if (!out->publisher && pub != obj->end()) {
      const nlohmann::json* p = &*pub;
      if (p->is_array() && !p->empty()) p = &(*p)[0];
      if (p->is_object()) out->publisher = StringField(*p, "name");
      if (p->is_string()) out->publisher = p->get<std::string>();
    }
  }
}

// "Headline | Outlet" -> "Headline" when the suffix names the outlet.
std::string CutOutletSuffix(std::string title, const std::optional<std::string>& outlet) {
  if (!outlet || outlet->empty()) return title;
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB "}) {
    size_t at = title.rfind(sep);
    if (at == std::string::npos) continue;
    std::string_view suffix = TrimLine(std::string_view(title).substr(at + sep.size()));
    if (absl::EqualsIgnoreCase(AbslView(suffix), AbslView(*outlet))) {
      title.resize(at);
      return std::string(TrimLine(title));
    }
  }
  return title;
}

}  // namespace

void ReadHtml(const InputText& in, const ReadOptions& options, ReadResult* result) {
  if (EstimateHtmlDepth(in.text, kMaxHtmlDepth) > kMaxHtmlDepth) {
    result->skipped.push_back(
        {in.path, absl::StrCat(in.path, ": HTML nested deeper than ", kMaxHtmlDepth,
                               " elements, not read")});
    return;
  }
  GumboOptions gopts = kGumboDefaultOptions;
  gopts.max_errors = 0;  // do not keep parse errors: they cost memory
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
      gumbo_parse_with_options(&gopts, in.text.data(), in.text.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  HtmlReader reader(in, out.get());
  PageMeta meta;
  reader.CollectMeta(&meta);
  JsonLdArticle ld;
  for (const Located& script : meta.json_ld) ReadJsonLd(script.value, &ld);

  // Body: the <article> with the most paragraph text, else <main>, else <body>.
  GumboNode* container = nullptr;
  size_t best = 0;
  for (GumboNode* a : meta.articles) {
    size_t bytes = reader.ParagraphBytes(a);
    if (bytes > best) {
      best = bytes;
      container = a;
    }
  }
  if (container == nullptr) container = meta.main != nullptr ? meta.main : meta.body;
  if (container == nullptr) container = out->root;
  std::vector<MappedText> paragraphs = reader.Paragraphs(container, false);
  if (paragraphs.empty()) paragraphs = reader.Paragraphs(container, true);

  Document doc;
  doc.id = in.path;
  doc.path = in.path;
  if (const Located* site = meta.Meta("og:site_name")) {
    doc.outlet = std::string(TrimLine(site->value));
  } else if (ld.publisher && !TrimLine(*ld.publisher).empty()) {
    doc.outlet = std::string(TrimLine(*ld.publisher));
  }
  // Title.
  std::optional<Located> title;
  if (const Located* og = meta.Meta("og:title")) title = *og;
  if (!title && meta.h1) title = meta.h1;
  if (!title && ld.headline) title = Located{*ld.headline, 0};
  if (!title) {
    if (const Located* tw = meta.Meta("twitter:title")) title = *tw;
  }
  if (!title && meta.title) title = meta.title;
  if (title) {
    doc.title = CutOutletSuffix(CollapseSpaces(title->value), doc.outlet);
    if (title->offset > 0) doc.title_pos = in.lines.PosOf(title->offset);
  }
  // Published.
  std::vector<std::string> candidates;
  for (const char* key : {"article:published_time", "og:article:published_time"}) {
    if (const Located* m = meta.Meta(key)) candidates.push_back(m->value);
  }
  if (meta.time_in_article) candidates.push_back(meta.time_in_article->value);
  if (meta.time_any) candidates.push_back(meta.time_any->value);
  if (ld.published) candidates.push_back(*ld.published);
  for (const char* key : {"datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
                          "dc.date.issued", "dcterms.issued", "sailthru.date", "parsely-pub-date",
                          "article.published", "date"}) {
    if (const Located* m = meta.Meta(key)) candidates.push_back(m->value);
  }
  for (const std::string& c : candidates) {
    if (auto iso = NormalizeDateValue(c)) {
      doc.published = *iso;
      break;
    }
  }
  // URL.
  if (const Located* u = meta.Meta("og:url")) {
    doc.url = u->value;
  } else if (meta.canonical) {
    doc.url = meta.canonical->value;
  } else if (ld.url) {
    doc.url = *ld.url;
  }

  // Body lines, furniture removed.
  std::vector<BodyLine> lines;
  std::vector<std::pair<size_t, MappedLine>> where;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    for (const MappedLine& l : SplitMappedLines(paragraphs[p].text)) {
      lines.push_back({std::string_view(paragraphs[p].text).substr(l.begin, l.end - l.begin), true});
      where.push_back({p, l});
    }
  }
  MarkFurniture(doc.title, &lines);
  BodyBuilder body;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (!lines[k].keep) continue;
    body.BreakLine();
    body.AppendMapped(paragraphs[where[k].first], where[k].second.begin, where[k].second.end);
  }
  if (body.empty()) {
    result->skipped.push_back({in.path, absl::StrCat(in.path, ": no article text found in the HTML page")});
    return;
  }
  body.MoveTo(&doc.text, &doc.to_raw);
  doc.language = DetectLanguage(doc.text);
  if (doc.language == Language::kUnknown) {
    std::string lang = meta.lang;
    if (lang.empty()) {
      if (const Located* loc = meta.Meta("og:locale")) lang = loc->value;
    }
    if (lang.empty() && ld.language) lang = *ld.language;
    doc.language = ParseLanguage(lang.substr(0, std::min(lang.find_first_of("-_"), lang.size())));
  }
  for (std::string& w : in.WarningsFor(0, in.text.size())) {
    result->warnings.push_back(w);
    doc.warnings.push_back(std::move(w));
  }
  result->documents.push_back(std::move(doc));
}

}  // namespace sangati::adapters
