#include "engine/rules/pattern_expander.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/core/absl_compat.h"
#include "engine/rules/diagnostic.h"

namespace sangati {

size_t Expansion::SourceOffset(size_t expanded_offset) const {
  for (const Piece& p : pieces) {
    if (expanded_offset >= p.expanded_begin && expanded_offset < p.expanded_end) {
      return p.literal ? p.source_begin + (expanded_offset - p.expanded_begin) : p.source_begin;
    }
  }
  if (pieces.empty()) return 0;
  const Piece& last = pieces.back();
  return last.literal ? last.source_begin + (last.expanded_end - last.expanded_begin)
                      : last.source_begin;
}

bool PatternExpander::Expand(std::string_view pattern, Expansion* out,
                             std::vector<ExpandError>* errors) const {
  out->text.clear();
  out->pieces.clear();
  out->used.clear();
  bool ok = true;
  size_t i = 0;
  auto add_literal = [&](size_t from, size_t to) {
    if (to <= from) return;
    size_t b = out->text.size();
    out->text.append(pattern.substr(from, to - from));
    out->pieces.push_back({b, out->text.size(), from, true});
  };
  while (i < pattern.size()) {
    size_t open = pattern.find("{{", i);
    // "\{{" is a literal brace followed by a quantifier-less brace; leave it.
    while (open != std::string_view::npos && open > 0 && pattern[open - 1] == '\\') {
      open = pattern.find("{{", open + 1);
    }
    if (open == std::string_view::npos) {
      add_literal(i, pattern.size());
      break;
    }
    add_literal(i, open);
    size_t close = pattern.find("}}", open + 2);
    if (close == std::string_view::npos) {
      errors->push_back({open, "'{{' without a closing '}}'"});
      return false;
    }
    std::string name(absl::StripAsciiWhitespace(AbslView(pattern.substr(open + 2, close - open - 2))));
    size_t name_offset = open + 2;
    std::string replacement;
    bool have = false;
    if (name.rfind("entity:", 0) == 0 || name == "entity") {
      std::string list = name == "entity" ? "*" : name.substr(7);
      std::vector<std::string> types;
      for (absl::string_view t : absl::StrSplit(AbslView(list), ',')) {
        std::string type(absl::StripAsciiWhitespace(t));
        if (!type.empty()) types.push_back(type);
      }
      std::vector<std::string> known = entities_ ? entities_->Types() : std::vector<std::string>{};
      for (const std::string& t : types) {
        if (t == "*") continue;
        if (std::find(known.begin(), known.end(), t) == known.end()) {
          errors->push_back({name_offset, absl::StrCat("unknown entity class '", t, "'",
                                                       DidYouMean(t, known),
                                                       known.empty() ? " (no entity lists loaded)" : "")});
          ok = false;
        }
      }
      if (types.empty()) {
        errors->push_back({name_offset, "empty entity class"});
        ok = false;
      }
      if (ok) {
        replacement = entities_ ? entities_->ClassPattern(types) : "";
        out->used.push_back(absl::StrCat("entity:", list));
        if (replacement.empty()) {
          errors->push_back({name_offset, absl::StrCat("entity class '", list, "' has no names")});
          ok = false;
        }
        have = ok;
      }
    } else {
      const std::string* expanded = nullptr;
      if (!lookup_(name, &expanded)) {
        errors->push_back({name_offset, absl::StrCat("unknown sub-pattern '", name, "'",
                                                     DidYouMean(name, known_names_))});
        ok = false;
      } else if (expanded == nullptr) {
        ok = false;  // broken sub-pattern, reported where it is defined
      } else {
        replacement = absl::StrCat("(?:", *expanded, ")");
        out->used.push_back(name);
        have = true;
      }
    }
    if (have) {
      size_t b = out->text.size();
      out->text += replacement;
      out->pieces.push_back({b, out->text.size(), open, false});
    }
    i = close + 2;
  }
  return ok;
}

}  // namespace sangati
