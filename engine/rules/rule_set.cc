#include "engine/rules/rule_set.h"

#include <algorithm>
#include <map>
#include <set>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/core/absl_compat.h"
#include "engine/rules/pattern_expander.h"
#include "engine/rules/pattern_start.h"
#include "engine/rules/rule_parser.h"
#include "engine/rules/rule_set_internal.h"

namespace sangati {

// ---- small pieces ----

std::optional<std::string_view> CompiledField::Map(std::string_view captured) const {
  if (map.empty()) return std::nullopt;
  for (const auto& [key, value] : map) {
    if (captured == key) return std::string_view(value);
  }
  for (const auto& [key, value] : map) {  // longest key first
    if (captured.starts_with(key)) return std::string_view(value);
  }
  return std::nullopt;
}

const CompiledField* CompiledRule::Field(std::string_view name) const {
  for (const CompiledField& f : fields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

int CompiledRule::GroupIndex(std::string_view name) const {
  for (size_t i = 1; i < group_names.size(); ++i) {
    if (group_names[i] == name) return static_cast<int>(i);
  }
  return -1;
}

RuleSet::~RuleSet() = default;

int RuleSet::FindRule(std::string_view id) const {
  for (size_t i = 0; i < rules_.size(); ++i) {
    if (rules_[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

std::string RuleSet::Normalize(std::string_view text) const {
  return options_.normalize ? options_.normalize(text) : std::string(text);
}

bool RuleSet::Applies(const CompiledRule& rule, Language language) const {
  if (rule.language == "any" || language == Language::kUnknown) return true;
  return rule.language == LanguageCode(language);
}

std::vector<std::string> RuleSet::SetPatterns(Language language) const {
  std::vector<std::string> out;
  for (const CompiledRule& r : rules_) {
    if (Applies(r, language)) out.push_back(r.expanded);
  }
  return out;
}

std::vector<std::string> RuleSet::PrefilterAtoms() const {
  std::vector<std::string> out;
  for (const Prefilter::Stage& stage : prefilter_->stages) {
    out.insert(out.end(), stage.atom_strings.begin(), stage.atom_strings.end());
  }
  return out;
}

std::vector<std::string> RuleSet::UnfilteredRules() const {
  std::vector<std::string> out;
  for (int i : prefilter_->always) out.push_back(rules_[i].id);
  return out;
}

std::vector<std::pair<std::string, std::string>> RuleSet::ReferenceHits(
    size_t rule, std::string_view text) const {
  std::vector<std::pair<std::string, std::string>> out;
  re2::StringPiece input(text.data(), text.size());
  for (const std::string& ref : rules_[rule].references) {
    std::string pattern;
    if (ref.rfind("entity:", 0) == 0) {
      std::vector<std::string> types;
      for (absl::string_view t : absl::StrSplit(ref.substr(7), ',')) types.emplace_back(t);
      pattern = entities_->ClassPattern(types);
    } else {
      for (const CompiledSubPattern& p : sub_patterns_) {
        if (p.name == ref) pattern = p.expanded;
      }
    }
    std::string found;
    if (!pattern.empty()) {
      re2::RE2 re("(" + pattern + ")", UserPatternOptions(options_.rule_max_mem));
      re2::StringPiece m;
      if (re.ok() && re.Match(input, 0, input.size(), re2::RE2::UNANCHORED, &m, 1)) {
        found.assign(m.data(), m.size());
      }
    }
    out.emplace_back(ref, std::move(found));
  }
  return out;
}

bool RuleSet::SubPatternMatchesWhole(size_t index, std::string_view text) const {
  return re2::RE2::FullMatch(re2::StringPiece(text.data(), text.size()),
                             *sub_patterns_[index].re);
}

// ---- compilation ----

namespace {

// Whether the rule's matches must start at a word edge (word_boundaries
// "both", the default, or "start").
bool StartsAtWordEdge(const RuleSpec& spec) {
  return spec.word_boundaries == "both" || spec.word_boundaries == "start";
}

}  // namespace

class RuleSetBuilder {
 public:
  RuleSetBuilder(const RuleOptions& options, std::vector<Diagnostic>* diagnostics)
      : options_(options), diagnostics_(diagnostics) {}

  absl::StatusOr<std::shared_ptr<const RuleSet>> Build(const std::vector<RuleFile>& files) {
    if (options_.set_max_mem < (1 << 20) || options_.rule_max_mem < (1 << 20)) {
      return absl::InvalidArgumentError("RE2 memory budgets must be at least 1 MB");
    }
    for (size_t i = 0; i < files.size(); ++i) {
      file_index_[files[i].path] = i;
      parsed_.push_back(ParseRuleFile(files[i], diagnostics_));
    }
    std::shared_ptr<RuleSet> set(new RuleSet());
    set->options_ = options_;
    set_ = set.get();
    MergeLayers();
    BuildEntities();
    BuildSubPatterns();
    BuildRules();
    BuildCues();
    BuildPrefilter();
    if (diagnostics_->size() > errors_at_start_) {
      // Report file by file (in the order given), top to bottom.
      std::stable_sort(diagnostics_->begin() + errors_at_start_, diagnostics_->end(),
                       [&](const Diagnostic& a, const Diagnostic& b) {
                         size_t fa = FileRank(a.file), fb = FileRank(b.file);
                         if (fa != fb) return fa < fb;
                         if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
                         return a.pos.column < b.pos.column;
                       });
      return DiagnosticsToStatus(std::vector<Diagnostic>(
          diagnostics_->begin() + errors_at_start_, diagnostics_->end()));
    }
    return std::shared_ptr<const RuleSet>(std::move(set));
  }

  void set_errors_at_start(size_t n) { errors_at_start_ = n; }

 private:
  size_t FileRank(const std::string& file) const {
    auto it = file_index_.find(file);
    return it == file_index_.end() ? file_index_.size() : it->second;
  }

  void Error(const std::string& file, SourcePos pos, std::string_view id, std::string message) {
    diagnostics_->push_back(Diagnostic{file, pos, std::string(id), std::move(message)});
  }

  std::string Norm(std::string_view s) const {
    return options_.normalize ? options_.normalize(s) : std::string(s);
  }

  // Keeps, per key, the definition of the highest layer; reports the same
  // key twice within one layer.
  template <typename T, typename KeyFn, typename FileFn, typename PosFn, typename LayerFn>
  std::vector<const T*> Merge(const std::vector<const T*>& items, std::string_view what,
                              KeyFn key, FileFn file, PosFn pos, LayerFn layer) {
    std::map<std::string, const T*> chosen;
    std::vector<std::string> order;
    for (const T* item : items) {
      std::string k = key(*item);
      auto it = chosen.find(k);
      if (it == chosen.end()) {
        chosen[k] = item;
        order.push_back(k);
        continue;
      }
      const T* prev = it->second;
      if (layer(*prev) == layer(*item)) {
        Error(file(*item), pos(*item), k,
              absl::StrCat("duplicate ", AbslView(what), " '", k, "' (first defined at ",
                           FormatLocation(file(*prev), pos(*prev)), ")"));
      } else if (layer(*item) > layer(*prev)) {
        it->second = item;  // a higher layer overrides
      }
    }
    std::vector<const T*> out;
    for (const std::string& k : order) out.push_back(chosen[k]);
    return out;
  }

  void MergeLayers() {
    std::vector<const RuleSpec*> rules;
    std::vector<const SubPatternSpec*> patterns;
    std::vector<const EntitySpec*> entities;
    for (const ParsedRuleFile& f : parsed_) {
      for (const RuleSpec& r : f.rules) rules.push_back(&r);
      for (const SubPatternSpec& p : f.patterns) patterns.push_back(&p);
      for (const EntitySpec& e : f.entities) entities.push_back(&e);
      for (const ModalitySpec& m : f.modality) modality_.push_back(&m);
    }
    rules_ = Merge(
        rules, "rule id", [](const RuleSpec& r) { return r.id.value; },
        [](const RuleSpec& r) { return r.file; }, [](const RuleSpec& r) { return r.id.pos; },
        [](const RuleSpec& r) { return r.layer; });
    patterns_ = Merge(
        patterns, "sub-pattern", [](const SubPatternSpec& p) { return p.name.value; },
        [](const SubPatternSpec& p) { return p.file; },
        [](const SubPatternSpec& p) { return p.name.pos; },
        [](const SubPatternSpec& p) { return p.layer; });
    entities_ = Merge(
        entities, "entity id", [](const EntitySpec& e) { return e.entity.id; },
        [](const EntitySpec& e) { return e.entity.file; },
        [](const EntitySpec& e) { return e.entity.pos; },
        [](const EntitySpec& e) { return e.layer; });
    // Modality cues do not override: every entry adds cues, except that a
    // higher layer's entries for a language replace lower layers' ones.
    std::map<std::string, int> top_layer;
    for (const ModalitySpec* m : modality_) {
      int& t = top_layer[m->language.value];
      t = std::max(t, m->layer);
    }
    std::erase_if(modality_, [&](const ModalitySpec* m) {
      return m->layer < top_layer[m->language.value];
    });
  }

  void BuildEntities() {
    std::vector<Entity> list;
    for (const EntitySpec* e : entities_) {
      Entity copy = e->entity;
      for (std::string& n : copy.names) n = Norm(n);
      list.push_back(std::move(copy));
    }
    set_->entities_ = std::make_unique<EntityIndex>(std::move(list), options_.rule_max_mem);
  }

  // Expands sub-pattern `i` (memoised); null when broken.
  const std::string* ExpandSub(size_t i) {
    if (sub_state_[i] == kDone) return &sub_expanded_[i].text;
    if (sub_state_[i] == kBroken) return nullptr;
    const SubPatternSpec& spec = *patterns_[i];
    if (sub_state_[i] == kVisiting) {
      std::vector<std::string> cycle;
      for (size_t s : sub_stack_) cycle.push_back(patterns_[s]->name.value);
      cycle.push_back(spec.name.value);
      const SubPatternSpec& top = *patterns_[sub_stack_.back()];
      Error(top.file, top.pattern.pos, top.name.value,
            absl::StrCat("sub-patterns refer to each other in a cycle: ",
                         absl::StrJoin(cycle, " -> ")));
      sub_state_[sub_stack_.back()] = kBroken;
      return nullptr;
    }
    sub_state_[i] = kVisiting;
    sub_stack_.push_back(i);
    std::vector<ExpandError> errors;
    std::string normalized = Norm(spec.pattern.value);
    bool ok = expander_->Expand(normalized, &sub_expanded_[i], &errors);
    sub_stack_.pop_back();
    for (const ExpandError& e : errors) {
      Error(spec.file, PositionInScalar(spec.pattern, e.offset), spec.name.value, e.message);
    }
    if (sub_state_[i] == kBroken) return nullptr;  // marked by a cycle below it
    sub_state_[i] = ok ? kDone : kBroken;
    return ok ? &sub_expanded_[i].text : nullptr;
  }

  // Reports an RE2 compile error of `re` (built from `exp`) at its column in
  // the user's pattern.
  void PatternError(const re2::RE2& re, const Expansion& exp, const Located& source,
                    const std::string& file, const std::string& id, std::string_view what) {
    size_t at = 0;
    if (!re.error_arg().empty()) {
      size_t found = exp.text.find(re.error_arg());
      if (found != std::string::npos) at = exp.SourceOffset(found);
    }
    Error(file, PositionInScalar(source, at), id,
          absl::StrCat("bad ", AbslView(what), ": ", re.error()));
  }

  void BuildSubPatterns() {
    std::vector<std::string> names;
    for (size_t i = 0; i < patterns_.size(); ++i) {
      sub_index_[patterns_[i]->name.value] = i;
      names.push_back(patterns_[i]->name.value);
    }
    sub_state_.assign(patterns_.size(), kUnvisited);
    sub_expanded_.assign(patterns_.size(), Expansion{});
    expander_ = std::make_unique<PatternExpander>(
        [this](const std::string& name, const std::string** out) {
          auto it = sub_index_.find(name);
          if (it == sub_index_.end()) return false;
          *out = ExpandSub(it->second);
          return true;
        },
        names, set_->entities_.get());
    for (size_t i = 0; i < patterns_.size(); ++i) {
      const SubPatternSpec& spec = *patterns_[i];
      const std::string* expanded = ExpandSub(i);
      if (expanded == nullptr) continue;
      auto re = std::make_shared<re2::RE2>(*expanded, UserPatternOptions(options_.rule_max_mem));
      if (!re->ok()) {
        PatternError(*re, sub_expanded_[i], spec.pattern, spec.file, spec.name.value,
                     "sub-pattern");
        sub_state_[i] = kBroken;
        continue;
      }
      if (re->NumberOfCapturingGroups() > 0) {
        Error(spec.file, spec.pattern.pos, spec.name.value,
              "a sub-pattern must not have capturing groups (write (?:...) instead of (...))");
        sub_state_[i] = kBroken;
        continue;
      }
      CompiledSubPattern out;
      out.name = spec.name.value;
      out.description = spec.description;
      out.expanded = *expanded;
      out.re = std::move(re);
      out.examples = spec.examples;
      out.file = spec.file;
      out.pos = spec.pos;
      set_->sub_patterns_.push_back(std::move(out));
    }
  }

  // Compiles a guard or cue pattern (sub-patterns allowed).
  std::shared_ptr<const re2::RE2> CompileAux(const Located& source, const std::string& file,
                                             const std::string& id, std::string_view what) {
    Expansion exp;
    if (!Expand(source, file, id, &exp)) return nullptr;
    // The same guard, cue or context-field pattern recurs across rules (a
    // date or entity class in many `find:`s): compile each text once. RE2
    // objects are immutable and thread-safe, so sharing is safe.
    if (auto it = aux_cache_.find(exp.text); it != aux_cache_.end()) return it->second;
    auto re = std::make_shared<re2::RE2>(exp.text, UserPatternOptions(options_.rule_max_mem));
    if (!re->ok()) {
      PatternError(*re, exp, source, file, id, what);
      return nullptr;
    }
    aux_cache_.emplace(exp.text, re);
    return re;
  }

  void BuildRules() {
    // Load order: file order, then position in the file.
    std::vector<const RuleSpec*> ordered = rules_;
    std::stable_sort(ordered.begin(), ordered.end(), [&](const RuleSpec* a, const RuleSpec* b) {
      size_t fa = file_index_[a->file], fb = file_index_[b->file];
      if (fa != fb) return fa < fb;
      return a->pos.line < b->pos.line;
    });
    // Expand every pattern (reporting expansion errors), compile them all at
    // once on several threads, then finish the rules one by one in order.
    std::vector<Expansion> expansions(ordered.size());
    std::vector<char> expanded(ordered.size(), 0);
    std::vector<std::string> scanned(ordered.size());  // what RE2 compiles
    std::vector<char> prefixed(ordered.size(), 0);
    for (size_t i = 0; i < ordered.size(); ++i) {
      const RuleSpec& spec = *ordered[i];
      expanded[i] = Expand(spec.pattern, spec.file, spec.id.value, &expansions[i]);
      prefixed[i] = expanded[i] && StartsAtWordEdge(spec) &&
                    MatchesBeginWithWordCharOrTilde(expansions[i].text);
      scanned[i] = prefixed[i] ? absl::StrCat("(?:^|", kScanPrefixClass, ")(?:",
                                              expansions[i].text, ")")
                               : expansions[i].text;
    }
    std::vector<std::shared_ptr<const re2::RE2>> compiled = CompileFirstStage(scanned, expanded);
    std::vector<int> rule_of_spec(ordered.size(), -1);
    for (size_t i = 0; i < ordered.size(); ++i) {
      const RuleSpec* spec = ordered[i];
      size_t errors_before = diagnostics_->size();
      CompiledRule rule =
          CompileRule(*spec, expanded[i] ? &expansions[i] : nullptr, std::move(compiled[i]));
      rule.scan_prefixed = prefixed[i] && rule.re != nullptr;
      if (spec->incomplete || diagnostics_->size() != errors_before) continue;
      rule.order = static_cast<int>(set_->rules_.size());
      rule_of_spec[i] = rule.order;
      set_->rules_.push_back(std::move(rule));
    }
    for (RuleSet::Prefilter::Stage& part : first_stage_) {
      for (int& r : part.rule_of) r = rule_of_spec[r];
    }
  }

  // Normalises and expands the pattern `source` (of rule `id` in `file`)
  // into `exp`; false after reporting the errors at their positions.
  bool Expand(const Located& source, const std::string& file, const std::string& id,
              Expansion* exp) {
    std::vector<ExpandError> errors;
    if (expander_->Expand(Norm(source.value), exp, &errors)) return true;
    for (const ExpandError& e : errors) {
      Error(file, PositionInScalar(source, e.offset), id, e.message);
    }
    return false;
  }

  // Compiles the expanded patterns (those with `ok` set) into the
  // prefilter's first stage: kFirstStageParts re2::FilteredRE2s, filled
  // and compiled on up to as many threads. Each pattern is compiled once
  // (the rule matches with the filter's copy). Returns each pattern's RE2, or
  // null where it did not compile (CompileRule then reports why). The parts'
  // rule_of hold pattern indices until BuildRules maps them to rules.
  std::vector<std::shared_ptr<const re2::RE2>> CompileFirstStage(
      const std::vector<std::string>& patterns, const std::vector<char>& ok) {
    std::vector<std::shared_ptr<const re2::RE2>> out(patterns.size());
    first_stage_.assign(kFirstStageParts, RuleSet::Prefilter::Stage{});
    const re2::RE2::Options options = UserPatternOptions(options_.rule_max_mem);
    const int min_atom_len = std::max(1, options_.min_atom_len);
    auto build_part = [&](size_t p) {
      RuleSet::Prefilter::Stage& stage = first_stage_[p];
      stage.filter = std::make_shared<re2::FilteredRE2>(min_atom_len);
      for (size_t i = p; i < patterns.size(); i += kFirstStageParts) {
        int id = -1;
        if (!ok[i] || stage.filter->Add(patterns[i], options, &id) != re2::RE2::NoError) continue;
        stage.rule_of.push_back(static_cast<int>(i));
        out[i] = std::shared_ptr<const re2::RE2>(stage.filter, &stage.filter->GetRE2(id));
      }
      if (stage.rule_of.empty()) return;  // FilteredRE2::Compile needs a regexp
      CompileStageFilter(&stage);
    };
    const size_t threads =
        std::min<size_t>(kFirstStageParts, std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> workers;
    for (size_t t = 1; t < threads; ++t) {
      workers.emplace_back([&, t] {
        for (size_t p = t; p < kFirstStageParts; p += threads) build_part(p);
      });
    }
    for (size_t p = 0; p < kFirstStageParts; p += threads) build_part(p);
    for (std::thread& w : workers) w.join();
    return out;
  }

  // Builds the rule of `spec` from its expanded pattern `exp` (null when
  // the expansion failed) and that pattern's RE2 `re` (null when it did not
  // compile: the error is reported here).
  CompiledRule CompileRule(const RuleSpec& spec, const Expansion* exp,
                           std::shared_ptr<const re2::RE2> re) {
    const std::string& id = spec.id.value;
    const std::string& file = spec.file;
    CompiledRule rule;
    rule.id = id;
    rule.kind = spec.kind.value;
    rule.language = spec.language.value;
    rule.file = file;
    rule.pos = spec.id.pos;
    rule.layer = spec.layer;
    rule.priority = spec.priority;
    rule.starts_within_words = spec.starts_within_words;
    rule.boundary_start = StartsAtWordEdge(spec);
    rule.boundary_end = spec.word_boundaries == "both" || spec.word_boundaries == "end";
    rule.message = spec.message;
    rule.metadata = spec.metadata;
    rule.examples = spec.examples;
    rule.counterexamples = spec.counterexamples;
    rule.pattern = Norm(spec.pattern.value);
    // Field and guard checks need the groups; stop here without a pattern.
    if (exp == nullptr) return rule;
    rule.expanded = exp->text;
    rule.references = exp->used;
    if (re == nullptr) {
      re2::RE2 failed(rule.expanded, UserPatternOptions(options_.rule_max_mem));
      if (failed.ok()) {
        Error(file, spec.pattern.pos, id, "pattern rejected by the prefilter");
      } else {
        PatternError(failed, *exp, spec.pattern, file, id, "pattern");
      }
      return rule;
    }
    rule.num_groups = re->NumberOfCapturingGroups();
    rule.group_names.assign(rule.num_groups + 1, "");
    std::vector<std::string> group_list;
    for (const auto& [name, index] : re->NamedCapturingGroups()) {
      rule.group_names[index] = name;
      group_list.push_back(name);
    }
    rule.re = std::move(re);

    for (const FieldSpec& f : spec.fields) {
      CompiledField out;
      out.name = f.name;
      out.pos = f.pos;
      out.parse = f.parse;
      bool explicit_parse = f.parse_pos.line != 0;
      if (!explicit_parse) {
        if (f.name == "value" && rule.kind == "quantity") out.parse = ParseMode::kQuantity;
        if (f.name == "when") out.parse = ParseMode::kDate;
        if (f.name == "source" || f.name == "place") out.parse = ParseMode::kEntity;
        if (f.name == "participants") out.parse = ParseMode::kEntities;
      }
      if (f.constant) out.constant = Norm(f.constant->value);
      if (f.default_value) out.default_value = Norm(f.default_value->value);
      for (const auto& [k, v] : f.map) out.map.emplace_back(Norm(k), v);
      std::stable_sort(out.map.begin(), out.map.end(), [](const auto& a, const auto& b) {
        return a.first.size() > b.first.size();
      });
      for (const Located& g : f.groups) {
        int index = rule.GroupIndex(g.value);
        if (index < 0) {
          Error(file, g.pos, id,
                absl::StrCat("group '", g.value, "' is not defined in the pattern",
                             group_list.empty() ? " (it has no named groups; write (?P<"
                                                      + g.value + ">...))"
                                                : DidYouMean(g.value, group_list)));
          continue;
        }
        out.groups.push_back(index);
      }
      if (f.find) {
        out.find = CompileAux(*f.find, file, id, "find pattern");
        out.find_before = f.find_before;
        out.find_after = f.find_after;
        out.find_clause = f.find_clause;
        out.find_in_title = f.find_in_title;
      }
      out.required = f.required.value_or(
          (f.name == "value" && out.parse == ParseMode::kQuantity) ||
          (f.name == "when" && rule.kind == "date"));
      if (f.name == "modality") {
        auto check = [&](const std::string& v, SourcePos pos) {
          if (v != "asserted" && v != "hedged" && v != "denied") {
            Error(file, pos, id,
                  absl::StrCat("modality must be asserted, hedged or denied, not '", v, "'"));
          }
        };
        if (out.constant) check(*out.constant, f.constant->pos);
        for (const auto& [k, v] : f.map) check(v, f.pos);
      }
      if (f.name == "when" && out.parse != ParseMode::kDate && !out.constant) {
        Error(file, f.parse_pos.line ? f.parse_pos : f.pos, id, "'when' must use parse: date");
      }
      if (out.parse == ParseMode::kQuantity && f.name != "value") {
        Error(file, f.parse_pos, id, "only 'value' can use parse: quantity");
      }
      rule.fields.push_back(std::move(out));
    }
    if (!spec.incomplete) CheckKind(spec, rule);

    for (const GuardSpec& g : spec.guards) {
      CompiledGuard out;
      out.type = g.type;
      out.within_words = g.within_words;
      out.pos = g.pos;
      static const char* kNames[] = {"not_preceded_by", "not_followed_by", "preceded_by",
                                     "followed_by",     "in_sentence",     "not_in_sentence"};
      out.description = absl::StrCat(kNames[static_cast<int>(g.type)], " '", g.pattern.value, "'");
      if (g.type != GuardType::kInSentence && g.type != GuardType::kNotInSentence) {
        absl::StrAppend(&out.description, " within ", g.within_words,
                        g.within_words == 1 ? " word" : " words");
      }
      if (g.group) {
        out.group = rule.GroupIndex(g.group->value);
        if (out.group < 0) {
          Error(file, g.group->pos, id,
                absl::StrCat("guard group '", g.group->value, "' is not defined in the pattern",
                             DidYouMean(g.group->value, group_list)));
        }
        absl::StrAppend(&out.description, " of group '", g.group->value, "'");
      }
      out.re = CompileAux(g.pattern, file, id, "guard pattern");
      rule.guards.push_back(std::move(out));
    }
    return rule;
  }

  void CheckKind(const RuleSpec& spec, const CompiledRule& rule) {
    const std::string& id = spec.id.value;
    const CompiledField* value = rule.Field("value");
    if (rule.kind == "quantity") {
      if (value == nullptr || value->constant) {
        Error(spec.file, spec.kind.pos, id,
              "a quantity rule needs a 'value' field read from a group (value: {group: ..., "
              "parse: quantity})");
      } else if (value->parse != ParseMode::kQuantity) {
        Error(spec.file, value->pos, id, "a quantity rule's 'value' must use parse: quantity");
      }
    } else if (rule.kind == "date" && rule.Field("when") == nullptr) {
      Error(spec.file, spec.kind.pos, id,
            "a date rule needs a 'when' field (when: {group: ..., parse: date})");
    } else if (rule.kind == "attribution" && rule.Field("source") == nullptr) {
      Error(spec.file, spec.kind.pos, id,
            "an attribution rule needs a 'source' field (source: {group: ...})");
    }
  }

  void BuildCues() {
    for (const ModalitySpec* m : modality_) {
      CompiledCues cues;
      cues.language = m->language.value;
      cues.within_words = m->within_words;
      auto build = [&](const std::vector<Located>& list) -> std::shared_ptr<const re2::RE2> {
        std::vector<std::string> parts;
        for (const Located& l : list) {
          auto re = CompileAux(l, m->file, "modality", "cue pattern");
          if (re) parts.push_back(absl::StrCat("(?:", re->pattern(), ")"));
        }
        if (parts.empty()) return nullptr;
        auto re = std::make_shared<re2::RE2>(absl::StrJoin(parts, "|"),
                                             UserPatternOptions(options_.rule_max_mem));
        return re->ok() ? re : nullptr;
      };
      cues.hedge = build(m->hedge);
      cues.denial = build(m->denial);
      cues.negation = build(m->negation);
      cues.directive = build(m->directive);
      cues.future = build(m->future);
      cues.except = build(m->except);
      cues.clause_break = build(m->clause_break);
      set_->cues_.push_back(std::move(cues));
    }
  }

  // Builds one prefilter stage over `rules` (rule indices); returns false
  // after reporting an error.
  bool BuildStage(const std::vector<int>& rules, int min_atom_len,
                  RuleSet::Prefilter::Stage* stage) {
    std::vector<CompiledRule>& all = set_->rules_;
    stage->filter = std::make_shared<re2::FilteredRE2>(min_atom_len);
    const re2::RE2::Options options = UserPatternOptions(options_.rule_max_mem);
    for (int r : rules) {
      int id = -1;
      if (stage->filter->Add(all[r].expanded, options, &id) != re2::RE2::NoError ||
          id != static_cast<int>(stage->rule_of.size())) {
        Error(all[r].file, all[r].pos, all[r].id, "pattern rejected by the prefilter");
        return false;
      }
      stage->rule_of.push_back(r);
    }
    CompileStageFilter(stage);
    return true;
  }

  // Compiles the filter of a stage whose regexps are all added: its atoms,
  // and which of its regexps have none (they must always run).
  static void CompileStageFilter(RuleSet::Prefilter::Stage* stage) {
    stage->filter->Compile(&stage->atom_strings);
    std::vector<int> unfiltered;
    stage->filter->AllPotentials({}, &unfiltered);
    stage->unfiltered.assign(stage->rule_of.size(), 0);
    for (int id : unfiltered) stage->unfiltered[id] = 1;
  }

  void BuildPrefilter() {
    // A rule that failed is missing from the set; the build fails anyway.
    if (diagnostics_->size() > errors_at_start_) return;
    auto pf = std::make_unique<RuleSet::Prefilter>();
    // Stage 0: the parts compiled with the rules (RuleOptions::min_atom_len);
    // stage 1, for what stage 0 could not filter, accepts atoms of any
    // length ("%").
    std::vector<int> pending;
    for (RuleSet::Prefilter::Stage& part : first_stage_) {
      if (part.rule_of.empty()) continue;
      for (size_t id = 0; id < part.rule_of.size(); ++id) {
        if (part.unfiltered[id]) pending.push_back(part.rule_of[id]);
      }
      pf->stages.push_back(std::move(part));
    }
    first_stage_.clear();
    std::sort(pending.begin(), pending.end());
    if (!pending.empty() && options_.min_atom_len > 1) {
      RuleSet::Prefilter::Stage stage;
      if (!BuildStage(pending, 1, &stage)) return;
      std::vector<int> next;
      for (size_t id = 0; id < stage.rule_of.size(); ++id) {
        if (stage.unfiltered[id]) next.push_back(stage.rule_of[id]);
      }
      pf->stages.push_back(std::move(stage));
      pending = std::move(next);
    }
    pf->always = pending;
    re2::RE2::Options o = UserPatternOptions(options_.set_max_mem);
    o.set_case_sensitive(false);
    o.set_never_capture(true);
    auto atoms = std::make_unique<re2::RE2::Set>(o, re2::RE2::UNANCHORED);
    // Each distinct atom enters the Set once; its Set index lists the
    // (stage, atom id) pairs it stands for.
    std::map<std::string, std::vector<std::pair<int, int>>> targets;
    for (size_t k = 0; k < pf->stages.size(); ++k) {
      const auto& strings = pf->stages[k].atom_strings;
      for (size_t a = 0; a < strings.size(); ++a) {
        targets[strings[a]].emplace_back(static_cast<int>(k), static_cast<int>(a));
      }
    }
    for (const auto& [atom, pairs] : targets) {
      std::string error;
      if (atoms->Add(re2::RE2::QuoteMeta(atom), &error) < 0) {
        Error("<rules>", SourcePos{}, "", absl::StrCat("prefilter atom rejected: ", error));
        return;
      }
      pf->atom_begin.push_back(static_cast<int>(pf->atom_of.size()));
      pf->atom_of.insert(pf->atom_of.end(), pairs.begin(), pairs.end());
    }
    pf->atom_begin.push_back(static_cast<int>(pf->atom_of.size()));
    if (!pf->atom_of.empty()) {
      if (!atoms->Compile()) {
        Error("<rules>", SourcePos{}, "",
              absl::StrCat("the prefilter's RE2::Set does not fit in set_max_mem=",
                           options_.set_max_mem, " bytes; raise it"));
        return;
      }
      pf->atoms = std::move(atoms);
    }
    set_->prefilter_ = std::move(pf);
  }

  enum SubState { kUnvisited, kVisiting, kDone, kBroken };

  RuleOptions options_;
  std::vector<Diagnostic>* diagnostics_;
  size_t errors_at_start_ = 0;
  RuleSet* set_ = nullptr;
  std::vector<ParsedRuleFile> parsed_;
  std::map<std::string, size_t> file_index_;
  std::vector<const RuleSpec*> rules_;
  std::vector<const SubPatternSpec*> patterns_;
  std::vector<const EntitySpec*> entities_;
  std::vector<const ModalitySpec*> modality_;
  std::map<std::string, size_t> sub_index_;
  std::vector<SubState> sub_state_;
  std::vector<Expansion> sub_expanded_;
  std::vector<size_t> sub_stack_;
  std::unique_ptr<PatternExpander> expander_;
  std::map<std::string, std::shared_ptr<const re2::RE2>> aux_cache_;  // CompileAux by text
  // The prefilter's first stage, built by BuildRules for BuildPrefilter.
  // A fixed number of parts, whatever the core count, so that candidate
  // rules (and profiles) are the same on every machine.
  static constexpr size_t kFirstStageParts = 4;
  std::vector<RuleSet::Prefilter::Stage> first_stage_;
};

absl::StatusOr<std::shared_ptr<const RuleSet>> RuleSet::Compile(
    const std::vector<RuleFile>& files, const RuleOptions& options,
    std::vector<Diagnostic>* diagnostics) {
  std::vector<Diagnostic> local;
  std::vector<Diagnostic>* sink = diagnostics ? diagnostics : &local;
  RuleSetBuilder builder(options, sink);
  builder.set_errors_at_start(sink->size());
  return builder.Build(files);
}

}  // namespace sangati
