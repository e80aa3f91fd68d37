#include "adapters/record.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "adapters/dates.h"
#include "adapters/furniture.h"
#include "adapters/language.h"
#include "engine/core/absl_compat.h"

namespace sangati::adapters {
namespace {

struct Candidates {
  Field field;
  std::vector<std::string_view> names;  // normalised, best first
};

// Field names real datasets use (bdnewspaperscraper: headline, article,
// paper_name, publication_date, source_language; iamaber CSVs: Headline,
// Article Body, Date Published; NewsAPI: title, content, publishedAt,
// source.name ...). Never scrape or modification times.
const std::vector<Candidates>& CandidateTable() {
  static const auto* table = new std::vector<Candidates>{
      {Field::kId, {"id", "articleid", "docid", "documentid", "recordid", "uuid", "guid"}},
      {Field::kTitle, {"title", "headline", "heading", "articletitle", "newstitle"}},
      {Field::kBody,
       {"body", "articlebody", "article", "text", "content", "fulltext", "articletext",
        "newsbody", "maintext", "story"}},
      {Field::kOutlet,
       {"outlet", "papername", "source", "publisher", "site", "sitename", "newspaper", "paper",
        "sourcename", "publication", "media", "portal"}},
      {Field::kPublished,
       {"published", "publicationdate", "datepublished", "publishedat", "publishdate",
        "publisheddate", "pubdate", "publishedon", "publishedtime", "date", "datetime"}},
      {Field::kUrl, {"url", "link", "href", "sourceurl", "permalink", "articleurl"}},
      {Field::kLanguage, {"language", "lang", "sourcelanguage", "locale", "inlanguage"}},
  };
  return *table;
}

const std::string kEmpty;

}  // namespace

std::string_view FieldName(Field field) {
  static constexpr std::string_view kNames[kFieldCount] = {"id",        "title", "body",
                                                           "outlet",    "published", "url",
                                                           "language"};
  return kNames[static_cast<size_t>(field)];
}

const std::string& MappedName(const FieldMapping& m, Field field) {
  switch (field) {
    case Field::kId: return m.id;
    case Field::kTitle: return m.title;
    case Field::kBody: return m.body;
    case Field::kOutlet: return m.outlet;
    case Field::kPublished: return m.published;
    case Field::kUrl: return m.url;
    case Field::kLanguage: return m.language;
  }
  return kEmpty;
}

std::string NormalizeFieldName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    if (c == ' ' || c == '_' || c == '-' || c == '\t') continue;
    out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::vector<std::string_view> FieldCandidates(Field field) {
  for (const Candidates& c : CandidateTable()) {
    if (c.field == field) return c.names;
  }
  return {};
}

std::array<int, kFieldCount> ResolveFields(const FieldMapping& mapping,
                                           const std::vector<std::string>& names) {
  std::array<int, kFieldCount> out;
  out.fill(-1);
  std::vector<std::string> normalised;
  normalised.reserve(names.size());
  for (const std::string& n : names) normalised.push_back(NormalizeFieldName(n));
  std::vector<bool> used(names.size(), false);
  // Mapped fields first, so auto-detection does not take their columns.
  for (size_t f = 0; f < kFieldCount; ++f) {
    const std::string& want = MappedName(mapping, static_cast<Field>(f));
    if (want.empty()) continue;
    for (size_t i = 0; i < names.size() && out[f] < 0; ++i) {
      if (names[i] == want) out[f] = static_cast<int>(i);
    }
    std::string norm = NormalizeFieldName(want);
    for (size_t i = 0; i < names.size() && out[f] < 0; ++i) {
      if (normalised[i] == norm) out[f] = static_cast<int>(i);
    }
    if (out[f] >= 0) used[static_cast<size_t>(out[f])] = true;
  }
  for (const Candidates& c : CandidateTable()) {
    size_t f = static_cast<size_t>(c.field);
    if (!MappedName(mapping, c.field).empty()) continue;
    for (std::string_view candidate : c.names) {
      for (size_t i = 0; i < names.size() && out[f] < 0; ++i) {
        if (!used[i] && normalised[i] == candidate) out[f] = static_cast<int>(i);
      }
      if (out[f] >= 0) {
        used[static_cast<size_t>(out[f])] = true;
        break;
      }
    }
  }
  return out;
}

std::string RecordLabel(const InputText& in, size_t number) {
  return absl::StrCat(in.path, "#", number);
}

void AddRecord(const InputText& in, Record& rec, DatasetState* state, ReadResult* result) {
  const std::string label = state->dataset ? RecordLabel(in, rec.number) : in.path;
  auto value = [&](Field f) -> const RecordValue& { return rec.values[static_cast<size_t>(f)]; };
  auto present = [&](Field f) {
    return value(f).present && !IsNoValue(value(f).text);
  };
  if (!rec.has_body) {
    result->skipped.push_back({label, absl::StrCat(label, ": no body field (set one with --field body=NAME)")});
    return;
  }
  // Body lines, furniture removed.
  std::vector<MappedLine> split = SplitMappedLines(rec.body.text);
  std::vector<BodyLine> lines;
  lines.reserve(split.size());
  for (const MappedLine& l : split) {
    lines.push_back({std::string_view(rec.body.text).substr(l.begin, l.end - l.begin), true});
  }
  std::string title = present(Field::kTitle) ? CollapseSpaces(value(Field::kTitle).text) : "";
  MarkFurniture(title, &lines);
  BodyBuilder body;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (!lines[k].keep) continue;
    body.BreakLine();
    body.AppendMapped(rec.body, split[k].begin, split[k].end);
  }
  if (body.empty()) {
    result->skipped.push_back({label, absl::StrCat(label, ": empty body, record not read")});
    return;
  }

  Document doc;
  doc.path = in.path;
  if (!state->dataset) {
    doc.id = in.path;
  } else {
    std::string id = present(Field::kId) ? std::string(TrimLine(value(Field::kId).text)) : "";
    doc.id = id.empty() ? label : absl::StrCat(in.path, "#", id);
    if (!state->ids.insert(doc.id).second) {
      std::string again = absl::StrCat(doc.id, "@", rec.number);
      doc.warnings.push_back(absl::StrCat(label, ": id '", Excerpt(id), "' repeats an earlier record; this one is '",
                                          Excerpt(again, 200), "'"));
      doc.id = std::move(again);
      state->ids.insert(doc.id);
    }
  }
  doc.title = std::move(title);
  if (!doc.title.empty()) doc.title_pos = in.lines.PosOf(value(Field::kTitle).offset);
  if (present(Field::kOutlet)) doc.outlet = std::string(TrimLine(value(Field::kOutlet).text));
  if (present(Field::kUrl)) doc.url = std::string(TrimLine(value(Field::kUrl).text));
  if (value(Field::kPublished).present) {
    bool unparsed = false;
    doc.published = NormalizeDateValue(value(Field::kPublished).text, &unparsed);
    if (unparsed) {
      doc.warnings.push_back(absl::StrCat(label, ": published value '", Excerpt(value(Field::kPublished).text),
                                          "' is not a date, ignored"));
    }
  }
  body.MoveTo(&doc.text, &doc.to_raw);
  if (present(Field::kLanguage)) doc.language = ParseLanguage(TrimLine(value(Field::kLanguage).text));
  if (doc.language == Language::kUnknown) doc.language = DetectLanguage(doc.text);
  size_t begin = state->dataset ? rec.begin : 0;
  size_t end = state->dataset ? rec.end : in.text.size();
  for (std::string& w : in.WarningsFor(begin, end)) doc.warnings.push_back(std::move(w));
  for (const std::string& w : doc.warnings) result->warnings.push_back(w);
  result->documents.push_back(std::move(doc));
}

}  // namespace sangati::adapters
