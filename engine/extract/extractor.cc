#include "engine/extract/extractor.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/core/absl_compat.h"
#include "engine/normalize/dates.h"
#include "engine/normalize/numbers.h"
#include "engine/rules/word_chars.h"
#include "engine/text/normalizer.h"
#include "re2/re2.h"

namespace sangati {
namespace {

bool IsTrim(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == ':';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsTrim(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsTrim(s.back())) s.remove_suffix(1);
  return s;
}

// Outcome of reading one field.
struct FieldValue {
  bool present = false;   // a group took part, or a constant/default applies
  bool ok = false;        // parsed / resolved
  bool from_group = false;
  std::string text;       // the capture (trimmed) or constant
  Span span = kUnsetGroup;  // the first group read, when the value is a capture
  std::string value;      // canonical string value
  std::optional<Quantity> quantity;
  std::optional<TimeRef> when;
  std::string failure;    // why !ok
};

bool IsSpaceChar(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The window of a `find:` field: the match `hit` with `before` words before
// it and `after` words after it, inside `sentence` (-1: to the sentence's
// edge).
Span FindWindow(std::string_view text, Span sentence, Span hit, int before, int after) {
  size_t b = before < 0 ? sentence.begin : hit.begin;
  size_t e = after < 0 ? sentence.end : hit.end;
  for (int w = 0; w < before; ++w) {
    while (b > sentence.begin && IsSpaceChar(text[b - 1])) --b;
    while (b > sentence.begin && !IsSpaceChar(text[b - 1])) --b;
  }
  for (int w = 0; w < after; ++w) {
    while (e < sentence.end && IsSpaceChar(text[e])) ++e;
    while (e < sentence.end && !IsSpaceChar(text[e])) ++e;
  }
  return Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

// Where the clause that runs on from byte `from` ends, at most `end`: at a
// comma, semicolon, colon or spaced dash followed by a lower-case word
// (", a day after Z criticised the plan", ", the Kremlin said", "; he
// also ...") or by a clause that reports who said it
// (", Turkish Foreign Minister Hakan Fidan said"). A comma before a
// capitalised word ("met Y, Z and W") does not end the clause. For the
// participants of an event: the people named in the next clause did not
// take part.
size_t ClauseEnd(std::string_view text, size_t from, size_t end) {
  static const auto* kReport =
      new re2::RE2(R"(^[^,;:]*\b(?:said|says|told|tells|added|adds|reported|stated)\b)");
  for (size_t i = from; i < end; ++i) {
    size_t next = 0;
    const char c = text[i];
    if (c == ',' || c == ';' || c == ':') {
      next = i + 1;
    } else if (c == ' ' && i + 2 < end && text[i + 1] == '-' && text[i + 2] == ' ') {
      next = i + 2;
    } else if (c == ' ' && i + 4 < end && text.substr(i + 1, 2) == "\xE2\x80" &&
               (text[i + 3] == '\x93' || text[i + 3] == '\x94')) {
      next = i + 4;
    } else {
      continue;
    }
    size_t w = next;
    while (w < end && IsSpaceChar(text[w])) ++w;
    if (w < end && absl::ascii_islower(static_cast<unsigned char>(text[w]))) return i;
    const std::string_view rest = text.substr(next, end - next);
    if (RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), *kReport)) return i;
  }
  return end;
}

// FindWindow(), ended after the match where the match's clause ends. A
// match in an opening phrase ("During the meeting, professor Yunus and
// Jacobson discussed ...", "At the meeting, Nahid Islam said ...") belongs
// to the clause after the phrase's comma: the clause ends after that one.
Span ClauseWindow(std::string_view text, Span sentence, Span hit, int before, int after) {
  static const auto* kOpening = new re2::RE2(
      R"(^\W*(?:At|During|In|After|Following|Before|Ahead\s+of|On|Upon|Prior\s+to)\s+)"
      R"((?:the|a|an|his|her|their|its|this|that)\s[^,;:]*$)");
  Span w = FindWindow(text, sentence, hit, before, after);
  size_t from = hit.end;
  const std::string_view lead = text.substr(sentence.begin, hit.begin - sentence.begin);
  if (RE2::FullMatch(re2::StringPiece(lead.data(), lead.size()), *kOpening)) {
    const size_t comma = text.substr(0, w.end).find_first_of(",;:", hit.end);
    if (comma != std::string_view::npos) from = comma + 1;
  }
  w.end = static_cast<uint32_t>(ClauseEnd(text, from, w.end));
  return w;
}

// A date a `find` window cut at its first word ("৩০ ডিসেম্বর" of "গত বছরের
// ৩০ ডিসেম্বর কোম্পানিটির ..."): the longest match of `re` that starts up
// to three words before `found`, inside the sentence, and covers it;
// `found` itself when there is none.
Span WholeDateAt(const re2::RE2& re, std::string_view text, Span sentence, Span found) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  const Span at{found.begin, found.begin};
  uint32_t previous = found.begin;
  for (int words = 1; words <= 3; ++words) {
    const uint32_t start = FindWindow(text, sentence, at, words, 0).begin;
    if (start == previous) break;  // the sentence begins here
    previous = start;
    if (re.Match(input, start, sentence.end, re2::RE2::ANCHOR_START, &m, 1)) {
      const auto end = static_cast<uint32_t>(m.data() + m.size() - text.data());
      if (end >= found.end) found = Span{start, end};
    }
  }
  return found;
}

// Whole-word matches of `re` in `window` of `text`, left to right, not
// overlapping, appended to `out` as document spans.
void FindAll(const re2::RE2& re, std::string_view text, Span window, std::vector<Span>* out) {
  re2::StringPiece piece(text.data() + window.begin, window.size());
  // A pattern with capturing groups yields the first group that took part
  // ("in Busan" gives "Busan"); a match where none took part is skipped
  // (an alternative that names what is not wanted: "in January").
  const int groups = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> m(static_cast<size_t>(groups) + 1);
  size_t pos = 0;
  while (pos <= piece.size() &&
         re.Match(piece, pos, piece.size(), re2::RE2::UNANCHORED, m.data(), groups + 1)) {
    size_t mb = window.begin + (m[0].data() - piece.data()), me = mb + m[0].size();
    bool whole = me > mb && !(WordCharBefore(text, mb) && WordCharAt(text, mb)) &&
                 !(WordCharBefore(text, me) && WordCharAt(text, me));
    if (whole && groups > 0) {
      const auto g = std::find_if(m.begin() + 1, m.end(),
                                  [](const re2::StringPiece& p) { return p.data() != nullptr; });
      if (g == m.end() || g->empty()) {
        pos = me - window.begin;
        continue;
      }
      mb = window.begin + (g->data() - piece.data());
      out->push_back(Span{static_cast<uint32_t>(mb), static_cast<uint32_t>(mb + g->size())});
      pos = me - window.begin;
    } else if (whole) {
      out->push_back(Span{static_cast<uint32_t>(mb), static_cast<uint32_t>(me)});
      pos = me - window.begin;
    } else {
      char32_t c;
      pos = mb - window.begin + (mb < text.size() ? DecodeUtf8(text, mb, &c) : 1);
    }
  }
}

uint32_t Distance(Span a, Span b) {
  return a.end <= b.begin ? b.begin - a.end : b.end <= a.begin ? a.begin - b.end : 0;
}

}  // namespace

absl::StatusOr<std::shared_ptr<const RuleSet>> CompileRules(const std::vector<RuleFile>& files,
                                                            RuleOptions options,
                                                            std::vector<Diagnostic>* diagnostics) {
  if (!options.normalize) options.normalize = [](std::string_view s) { return NormalizeText(s); };
  return RuleSet::Compile(files, options, diagnostics);
}

Document TextDocument(std::string_view text, Language language, std::string id,
                      std::string published) {
  Document doc;
  doc.id = std::move(id);
  doc.path = doc.id;
  doc.language = language;
  doc.text = std::string(text);
  if (!published.empty()) doc.published = std::move(published);
  PrepareDocument(&doc);
  return doc;
}

Extractor::Extractor(std::shared_ptr<const RuleSet> rules, ExtractOptions options)
    : rules_(std::move(rules)), options_(options) {}

void Extractor::Build(const Document& doc, const RuleHit& hit, const RuleHits& hits,
                      bool detailed, ExtractScratch* scratch, CandidateClaim* out) const {
  const CompiledRule& r = rules_->rule(hit.rule);
  const EntityIndex& entities = rules_->entities();
  Claim& claim = out->claim;
  claim = Claim{};
  out->rule = hit.rule;
  out->captures.clear();
  out->notes.clear();
  out->kept = true;
  out->dropped_because.clear();

  claim.document = doc.id;
  claim.rule = r.id;
  claim.kind = r.kind;
  const Span sentence = doc.sentences.empty()
                            ? Span{0, static_cast<uint32_t>(doc.text.size())}
                            : doc.sentences[hit.sentence];
  claim.evidence.span = hit.span;
  claim.evidence.sentence = sentence;
  claim.evidence.text = std::string(doc.Slice(hit.span));
  claim.evidence.sentence_text = std::string(doc.Slice(sentence));
  claim.evidence.line = doc.PositionOf(hit.span.begin).line;

  if (detailed) {
    for (int g = 1; g <= r.num_groups; ++g) {
      Span s = hits.Group(hit, g);
      if (!GroupSet(s)) continue;
      std::string name = r.group_names[g].empty() ? absl::StrCat(g) : r.group_names[g];
      out->captures.emplace_back(std::move(name), std::string(doc.Slice(s)));
    }
  }

  DateContext date_context;
  if (doc.published) date_context.published = ParseIsoDay(*doc.published);
  // A date of an event or a date claim is read forward in a future
  // sentence ("শুক্রবার বৈঠক হবে"). Figures are about what happened: "৫ জন
  // নিহত হয়েছেন শুক্রবার, আরও বৃষ্টি হবে" keeps the past Friday.
  bool tense_known = false;  // date_context.future, looked up for the first date only
  auto dates = [&]() -> const DateContext& {
    if (!tense_known) {
      date_context.future = (r.kind == kKindEvent || r.kind == kKindDate) &&
                            rules_->SpeaksOfFuture(doc.text, sentence, hit.span, doc.language);
      tense_known = true;
    }
    return date_context;
  };

  // Entity resolution: the whole capture, else the entity named in it (the
  // last one in Bengali, whose head noun comes last; the first in English).
  auto resolve_one = [&](std::string_view text, FieldValue* v) {
    if (const Entity* e = entities.Resolve(text)) {
      v->value = e->id;
      v->ok = true;
      return;
    }
    scratch->mentions_.clear();
    entities.FindMentions(text, &scratch->mentions_);
    if (!scratch->mentions_.empty()) {
      const EntityMention& m = doc.language == Language::kEnglish ? scratch->mentions_.front()
                                                                  : scratch->mentions_.back();
      v->value = m.entity->id;
      v->ok = true;
      return;
    }
    v->value = std::string(text);
    v->failure = absl::StrCat("'", AbslView(text), "' is not in the entity lists");
  };
  auto resolve_all = [&](std::string_view text, FieldValue* v) {
    scratch->mentions_.clear();
    entities.FindMentions(text, &scratch->mentions_);
    std::vector<std::string> ids;
    for (const EntityMention& m : scratch->mentions_) ids.push_back(m.entity->id);
    if (ids.empty()) {
      resolve_one(text, v);
      return;
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    v->value = absl::StrJoin(ids, ",");
    v->ok = true;
  };

  auto read = [&](const CompiledField& f) {
    FieldValue v;
    // Entities are gathered from every group that took part (and `find`);
    // other fields take the first group that took part.
    const bool gather = f.parse == ParseMode::kEntities;
    std::vector<std::string> parts;
    // An entity field reads a person's name with the words that continue it
    // ("Foreign Minister Hasan Mahmud Khan": "Hasan Mahmud Khan", which the
    // lists' Hasan Mahmud is not), so that the name is not resolved to
    // someone else's (EntityIndex::NameContinuation).
    const bool entity_field = f.parse == ParseMode::kEntity || gather;
    // Only a person's name runs on: "Fire Service" after a captured "Fire"
    // is not read.
    auto ends_in_person = [&](std::string_view t) {
      if (const Entity* e = entities.Resolve(t)) return e->type == "person";
      std::vector<EntityMention> mentions;
      entities.FindMentions(t, &mentions);
      return !mentions.empty() && mentions.back().end == t.size() &&
             mentions.back().entity->type == "person";
    };
    auto name_text = [&](Span s) -> std::string_view {
      std::string_view t = Trim(doc.Slice(s));
      if (!entity_field || t.empty()) return t;
      const size_t end = static_cast<size_t>(t.data() - doc.text.data()) + t.size();
      const size_t run_on = entities.NameContinuation(doc.text, end);
      if (run_on == end || !ends_in_person(t)) return t;
      return std::string_view(t.data(), t.size() + (run_on - end));
    };
    for (int g : f.groups) {
      Span s = hits.Group(hit, g);
      if (GroupSet(s) && !s.empty()) {
        std::string_view t = name_text(s);
        if (t.empty()) continue;
        parts.emplace_back(t);
        if (!GroupSet(v.span)) v.span = s;
        if (!gather) break;
      }
    }
    if (!parts.empty()) {
      v.text = absl::StrJoin(parts, ", ");
      v.present = true;
      v.from_group = true;
    }
    if ((!v.present || gather) && f.find) {
      // A context field: searched in the sentence around the match.
      std::vector<Span> found;
      FindAll(*f.find, doc.text,
              f.find_clause ? ClauseWindow(doc.text, sentence, hit.span, f.find_before,
                                           f.find_after)
                            : FindWindow(doc.text, sentence, hit.span, f.find_before,
                                         f.find_after),
              &found);
      if (!found.empty()) {
        if (gather) {
          for (Span s : found) parts.emplace_back(name_text(s));
          v.text = absl::StrJoin(parts, ", ");
        } else {
          Span best = found[0];
          for (Span s : found) {
            if (Distance(s, hit.span) < Distance(best, hit.span)) best = s;
          }
          if (f.parse == ParseMode::kDate) best = WholeDateAt(*f.find, doc.text, sentence, best);
          v.text = std::string(name_text(best));
        }
        v.present = !v.text.empty();
        v.from_group = true;
        if (detailed) out->notes.push_back(absl::StrCat(f.name, ": found '", v.text, "' in the sentence"));
      } else if (f.find_in_title && !doc.title.empty()) {
        // The headline's event for a figure that names none (or_title).
        const Span whole{0, static_cast<uint32_t>(doc.title.size())};
        FindAll(*f.find, doc.title, whole, &found);
        if (!found.empty()) {
          v.text = std::string(Trim(std::string_view(doc.title).substr(
              found[0].begin, found[0].end - found[0].begin)));
          v.present = !v.text.empty();
          v.from_group = true;
          if (detailed) out->notes.push_back(absl::StrCat(f.name, ": found '", v.text, "' in the title"));
        }
      }
    }
    if (!v.present) {
      const std::optional<std::string>& c = f.constant ? f.constant : f.default_value;
      if (c) {
        v.present = true;
        v.text = *c;
      }
    }
    if (!v.present) {
      v.failure = "no group took part in the match";
      return v;
    }
    if (v.from_group) {
      // An entity named as a whole wins over the map's generic words:
      // "Cyclone Remal" is cyclone_remal, a bare "Cyclone" maps to cyclone.
      if (f.parse == ParseMode::kEntity && !f.map.empty()) {
        if (const Entity* e = entities.Resolve(v.text)) {
          v.value = e->id;
          v.ok = true;
          return v;
        }
      }
      if (auto mapped = f.Map(v.text)) {
        v.value = std::string(*mapped);
        v.ok = true;
        return v;
      }
    }
    switch (f.parse) {
      case ParseMode::kText:
        v.value = v.text;
        v.ok = true;
        break;
      case ParseMode::kQuantity: {
        if (detailed) {
          if (auto e = ExplainQuantity(v.text)) {
            v.quantity = e->quantity;
            out->notes.push_back(absl::StrCat(f.name, ": ", e->explanation));
          }
        } else {
          v.quantity = ParseQuantity(v.text);
        }
        v.ok = v.quantity.has_value();
        if (!v.ok) v.failure = absl::StrCat("'", v.text, "' is not a figure");
        break;
      }
      case ParseMode::kDate: {
        if (detailed) {
          if (auto e = ExplainDate(v.text, dates())) {
            v.when = e->time;
            out->notes.push_back(absl::StrCat(f.name, ": ", e->explanation));
          }
        } else {
          v.when = ParseDate(v.text, dates());
        }
        v.ok = v.when.has_value();
        if (!v.ok) v.failure = absl::StrCat("'", v.text, "' is not a date");
        break;
      }
      case ParseMode::kEntity:
        resolve_one(v.text, &v);
        break;
      case ParseMode::kEntities:
        resolve_all(v.text, &v);
        break;
    }
    return v;
  };

  std::string unit;
  bool unit_set = false;
  bool modality_set = false;
  // The words whose negation or hedge is the claim's: the match, and for a
  // date claim also a word of its event (its field's `find`) in the six
  // words after it ("১১ আগস্টের এইচএসসি পরীক্ষা অনুষ্ঠিত হচ্ছে না": the
  // negation follows the exam, not the date), whichever mention the field
  // itself took.
  Span modality_span = hit.span;
  for (const CompiledField& f : r.fields) {
    FieldValue v = read(f);
    if (!v.ok && f.required) {
      out->kept = false;
      out->dropped_because = absl::StrCat("field '", f.name, "': ", v.failure);
      continue;
    }
    if (!v.present) continue;
    // An unresolved entity in an optional field keeps the text as written.
    const std::string& value = v.value.empty() ? v.text : v.value;
    if (f.name == "value") {
      if (v.quantity && GroupSet(v.span)) {
        // "জি ২৪ ঘণ্টার খবরে": the 24 is the outlet's name, not 24 hours.
        const std::string_view s = doc.Slice(sentence);
        if (auto m = entities.NameWithDigitsAt(s, v.span.begin - sentence.begin,
                                               v.span.end - sentence.begin)) {
          out->kept = false;
          const std::string_view name = s.substr(m->begin, m->end - m->begin);
          out->dropped_because = absl::StrCat("the figure is part of the name '", AbslView(name),
                                              "' (", m->entity->id, ")");
        }
      }
      if (v.quantity) {
        claim.value = *v.quantity;
      } else if (f.parse != ParseMode::kQuantity) {
        claim.value = value;
      }
    } else if (f.name == "unit") {
      unit = value;
      unit_set = true;
    } else if (f.name == "subject") {
      claim.subject = value;
    } else if (f.name == "source") {
      SourceRef source;
      source.name = v.text;
      if (v.ok && (f.parse == ParseMode::kEntity || f.parse == ParseMode::kEntities)) {
        // Several entities in one source are a joint source: ids joined by '+'.
        std::string ids = v.value;
        std::replace(ids.begin(), ids.end(), ',', '+');
        source.id = ids;
      }
      claim.source = std::move(source);
    } else if (f.name == "when") {
      if (v.when) {
        claim.when = *v.when;
      } else {
        claim.when = TimeRef{"", "", v.text};
      }
    } else if (f.name == "modality") {
      claim.modality = value == "hedged"   ? Modality::kHedged
                       : value == "denied" ? Modality::kDenied
                                           : Modality::kAsserted;
      modality_set = true;
    } else {
      if (f.name == "event" && r.kind == kKindDate && f.find) {
        const Span after = FindWindow(doc.text, sentence, Span{hit.span.end, hit.span.end}, 0, 6);
        std::vector<Span> found;
        FindAll(*f.find, doc.text, after, &found);
        if (!found.empty()) modality_span.end = std::max(modality_span.end, found.front().end);
      }
      claim.fields[f.name] = value;
    }
  }
  if (auto* q = std::get_if<Quantity>(&claim.value); q && unit_set) q->unit = unit;
  if (!std::holds_alternative<Quantity>(claim.value) && unit_set) claim.fields["unit"] = unit;
  if (out->kept && options_.detect_modality && !modality_set) {
    std::string cue;
    claim.modality = rules_->ModalityFor(doc.text, sentence, modality_span, doc.language,
                                         detailed ? &cue : nullptr);
    if (detailed && !cue.empty()) {
      out->notes.push_back(absl::StrCat("modality: ", AbslView(ModalityName(claim.modality)),
                                        " (cue '", cue, "')"));
    }
  }
}

namespace {

int FilledFields(const Claim& c) {
  int n = static_cast<int>(c.fields.size());
  if (!c.subject.empty()) ++n;
  if (!std::holds_alternative<std::monostate>(c.value)) ++n;
  if (c.when) ++n;
  if (c.source) ++n;
  return n;
}

bool Overlap(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

void Extractor::ResolveOverlaps(std::vector<CandidateClaim>* candidates) const {
  std::vector<size_t> order;
  for (size_t i = 0; i < candidates->size(); ++i) {
    if ((*candidates)[i].kept) order.push_back(i);
  }
  auto rank = [&](size_t i) {
    const CandidateClaim& c = (*candidates)[i];
    const CompiledRule& r = rules_->rule(c.rule);
    return std::make_tuple(-static_cast<int64_t>(c.claim.evidence.span.size()), -r.priority,
                           -r.layer, -FilledFields(c.claim), r.order, c.claim.evidence.span.begin);
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return rank(a) < rank(b); });
  std::vector<size_t> accepted;
  for (size_t i : order) {
    CandidateClaim& c = (*candidates)[i];
    for (size_t j : accepted) {
      const CandidateClaim& w = (*candidates)[j];
      if (w.claim.kind != c.claim.kind || !Overlap(w.claim.evidence.span, c.claim.evidence.span)) {
        continue;
      }
      const CompiledRule& wr = rules_->rule(w.rule);
      const CompiledRule& cr = rules_->rule(c.rule);
      std::string why = w.claim.evidence.span.size() != c.claim.evidence.span.size()
                            ? "its span is longer"
                        : wr.priority != cr.priority ? "its rule has a higher priority"
                        : wr.layer != cr.layer       ? "its rule comes from a user rule directory"
                        : FilledFields(w.claim) != FilledFields(c.claim)
                            ? "it fills more fields"
                            : "its rule was loaded first";
      c.kept = false;
      c.dropped_because = absl::StrCat("overlaps the claim of rule '", wr.id, "' on \"",
                                       w.claim.evidence.text, "\", which wins: ", why);
      break;
    }
    if (c.kept) accepted.push_back(i);
  }
}

namespace {

// The quotation (between two equal quote characters) that is still open at
// `from` going backwards: returns the offset of its opening quote or npos.
// Looks back at most `limit` bytes and not past a blank line.
size_t OpeningQuoteBefore(std::string_view text, size_t from, char quote, size_t limit) {
  size_t floor = from > limit ? from - limit : 0;
  for (size_t i = from; i > floor; --i) {
    char c = text[i - 1];
    if (c == '\n' && i >= 2 && text[i - 2] == '\n') return std::string_view::npos;
    if (c == quote) {
      // An opening quote follows a space, a line start or a bracket.
      if (i == 1 || text[i - 2] == ' ' || text[i - 2] == '\n' || text[i - 2] == '(') return i - 1;
      return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

size_t ClosingQuoteAfter(std::string_view text, size_t from, char quote, size_t limit) {
  size_t ceil = std::min(text.size(), from + limit);
  for (size_t i = from; i < ceil; ++i) {
    char c = text[i];
    if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') return std::string_view::npos;
    if (c == quote) {
      if (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n') return i;
      return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

}  // namespace

void Extractor::FillSources(const Document& doc, std::vector<CandidateClaim>* candidates) const {
  constexpr size_t kQuoteLimit = 4000;
  const std::string_view text = doc.text;
  for (size_t a = 0; a < candidates->size(); ++a) {
    const CandidateClaim& attr = (*candidates)[a];
    if (!attr.kept || attr.claim.kind != kKindAttribution || !attr.claim.source) continue;
    const Span sentence = attr.claim.evidence.sentence;
    const Span span = attr.claim.evidence.span;
    // Scope: the sentence, widened to a quotation this attribution closes
    // (a quote character before it in the sentence whose opening lies in an
    // earlier sentence) or opens (one after it whose end lies later).
    Span scope = sentence;
    for (char q : {'"', '\''}) {
      size_t close = std::string_view(text.data(), span.begin).rfind(q);
      if (close != std::string_view::npos && close >= sentence.begin && close > 0 &&
          text[close - 1] != ' ') {
        size_t inside = std::string_view(text.data() + sentence.begin, close - sentence.begin)
                            .find(q);
        if (inside == std::string_view::npos) {  // not opened in this sentence
          size_t open = OpeningQuoteBefore(text, sentence.begin, q, kQuoteLimit);
          if (open != std::string_view::npos) scope.begin = std::min<uint32_t>(scope.begin, open);
        }
      }
      std::string_view upto_end = text.substr(0, sentence.end);
      size_t open = upto_end.find(q, span.end);
      if (open != std::string_view::npos && text[open - 1] == ' ') {
        size_t rest = upto_end.find(q, open + 1);
        if (rest == std::string_view::npos) {  // not closed in this sentence
          size_t close_at = ClosingQuoteAfter(text, sentence.end, q, kQuoteLimit);
          if (close_at != std::string_view::npos) {
            scope.end = std::max<uint32_t>(scope.end, static_cast<uint32_t>(close_at + 1));
          }
        }
      }
    }
    for (size_t i = 0; i < candidates->size(); ++i) {
      CandidateClaim& c = (*candidates)[i];
      // A role (a title or a description) is in the outlet's own words even
      // in a reported sentence: it takes no source.
      if (i == a || !c.kept || c.claim.kind == kKindAttribution || c.claim.kind == kKindRole ||
          c.claim.source) {
        continue;
      }
      const Span s = c.claim.evidence.span;
      bool same_sentence = c.claim.evidence.sentence == sentence;
      bool in_quote = s.begin >= scope.begin && s.end <= scope.end;
      if (!same_sentence && !in_quote) continue;
      // The nearest attribution of the sentence wins.
      size_t best = a;
      uint32_t best_distance = s.begin > span.end ? s.begin - span.end
                               : span.begin > s.end ? span.begin - s.end : 0;
      for (size_t b = 0; b < candidates->size(); ++b) {
        const CandidateClaim& other = (*candidates)[b];
        if (b == a || !other.kept || other.claim.kind != kKindAttribution ||
            !other.claim.source || other.claim.evidence.sentence != c.claim.evidence.sentence) {
          continue;
        }
        Span o = other.claim.evidence.span;
        uint32_t d = s.begin > o.end ? s.begin - o.end : o.begin > s.end ? o.begin - s.end : 0;
        if (d < best_distance) {
          best_distance = d;
          best = b;
        }
      }
      if (best == a) c.claim.source = attr.claim.source;
    }
  }
}

absl::Status Extractor::Run(const Document& doc, uint32_t document_index, ExtractScratch* scratch,
                            bool detailed, const RuleHits* matched) const {
  absl::Status status;
  if (matched == nullptr) {
    scratch->hits_.Clear();
    status = rules_->Match(doc, &scratch->match_, &scratch->hits_);
    matched = &scratch->hits_;
  }
  std::vector<CandidateClaim>& candidates = scratch->candidates_;
  const size_t n = matched->hits.size();
  candidates.resize(n);  // keeps capacity across documents
  for (size_t i = 0; i < n; ++i) {
    Build(doc, matched->hits[i], *matched, detailed, scratch, &candidates[i]);
    candidates[i].claim.document_index = document_index;
  }
  // Text order first, so that the steps below (and their ties) do not
  // depend on the order the hits came in.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](const CandidateClaim& a, const CandidateClaim& b) {
                     const Span x = a.claim.evidence.span, y = b.claim.evidence.span;
                     if (x.begin != y.begin) return x.begin < y.begin;
                     if (x.end != y.end) return x.end < y.end;
                     return rules_->rule(a.rule).order < rules_->rule(b.rule).order;
                   });
  if (options_.resolve_overlaps) ResolveOverlaps(&candidates);
  if (options_.fill_sources) FillSources(doc, &candidates);
  int next = 1;
  for (CandidateClaim& c : candidates) {
    if (c.kept) c.claim.id = absl::StrCat(doc.id, "#c", next++);
  }
  return status;
}

absl::Status Extractor::Extract(const Document& doc, uint32_t document_index,
                                ExtractScratch* scratch, std::vector<Claim>* claims) const {
  absl::Status status = Run(doc, document_index, scratch, /*detailed=*/false);
  for (CandidateClaim& c : scratch->candidates_) {
    if (c.kept) claims->push_back(std::move(c.claim));
  }
  return status;
}

absl::Status Extractor::ExtractBatch(const std::vector<const Document*>& docs,
                                     uint32_t first_document_index, ExtractScratch* scratch,
                                     std::vector<std::vector<Claim>>* claims) const {
  claims->resize(docs.size());
  std::vector<RuleHits>& batch = scratch->batch_hits_;
  batch.resize(docs.size());
  for (RuleHits& h : batch) h.Clear();
  absl::Status status = rules_->MatchBatch(docs, &scratch->match_, &batch);
  for (size_t i = 0; i < docs.size(); ++i) {
    absl::Status s = Run(*docs[i], first_document_index + static_cast<uint32_t>(i), scratch,
                         /*detailed=*/false, &batch[i]);
    if (status.ok()) status = s;
    for (CandidateClaim& c : scratch->candidates_) {
      if (c.kept) (*claims)[i].push_back(std::move(c.claim));
    }
  }
  return status;
}

absl::Status Extractor::ExtractCandidates(const Document& doc, uint32_t document_index,
                                          ExtractScratch* scratch,
                                          std::vector<CandidateClaim>* candidates) const {
  absl::Status status = Run(doc, document_index, scratch, /*detailed=*/true);
  for (CandidateClaim& c : scratch->candidates_) candidates->push_back(std::move(c));
  return status;
}

}  // namespace sangati
