// tests/engine/normalize/pattern_loader.h: loads rules/common/*.yaml
// sub-patterns and expands {{name}} references, FOR TESTS ONLY. The rule
// engine (engine/rules) owns the real expansion; this tiny copy lets the
// normalisers' tests check the YAML before that engine exists.
#ifndef SANGATI_TESTS_ENGINE_NORMALIZE_PATTERN_LOADER_H_
#define SANGATI_TESTS_ENGINE_NORMALIZE_PATTERN_LOADER_H_

#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "re2/re2.h"
#include "yaml-cpp/yaml.h"

namespace sangati::testing {

struct SubPattern {
  std::string file;
  std::string name;
  std::string pattern;
  std::vector<std::string> examples;
};

class PatternLibrary {
 public:
  // Loads the given YAML files; throws std::runtime_error on a malformed file
  // or a duplicate name.
  explicit PatternLibrary(const std::vector<std::string>& paths) {
    for (const std::string& path : paths) {
      YAML::Node root = YAML::LoadFile(path);
      for (const YAML::Node& p : root["patterns"]) {
        SubPattern sp;
        sp.file = path;
        sp.name = p["name"].as<std::string>();
        sp.pattern = p["pattern"].as<std::string>();
        if (p["examples"]) {
          for (const YAML::Node& e : p["examples"]) sp.examples.push_back(e.as<std::string>());
        }
        if (!by_name_.emplace(sp.name, sp).second) {
          throw std::runtime_error("duplicate pattern name " + sp.name);
        }
        order_.push_back(sp.name);
      }
    }
  }

  const std::vector<std::string>& names() const { return order_; }
  const SubPattern& Get(const std::string& name) const { return by_name_.at(name); }
  bool Has(const std::string& name) const { return by_name_.count(name) > 0; }

  // The pattern of `name` with every {{ref}} replaced by (?:<its expansion>).
  // Throws on an unknown name or a cycle.
  std::string Expand(const std::string& name) const {
    std::set<std::string> stack;
    return ExpandText(Get(name).pattern, &stack, name);
  }
  std::string ExpandText(const std::string& text) const {
    std::set<std::string> stack;
    return ExpandText(text, &stack, "<text>");
  }

  // A compiled RE2 of `name`, as the engine would build it (64 MiB budget).
  std::unique_ptr<RE2> Compile(const std::string& name) const {
    return CompileText(Expand(name));
  }
  static std::unique_ptr<RE2> CompileText(const std::string& expanded) {
    RE2::Options opts;
    opts.set_max_mem(64 << 20);
    opts.set_log_errors(false);
    return std::make_unique<RE2>(expanded, opts);
  }

 private:
  std::string ExpandText(const std::string& text, std::set<std::string>* stack,
                         const std::string& owner) const {
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
      size_t open = text.find("{{", i);
      if (open == std::string::npos) {
        out.append(text, i, std::string::npos);
        break;
      }
      size_t close = text.find("}}", open + 2);
      if (close == std::string::npos) throw std::runtime_error(owner + ": unclosed {{");
      out.append(text, i, open - i);
      std::string ref = text.substr(open + 2, close - open - 2);
      if (!Has(ref)) throw std::runtime_error(owner + ": unknown sub-pattern " + ref);
      if (!stack->insert(ref).second) throw std::runtime_error(owner + ": cycle through " + ref);
      out += "(?:" + ExpandText(Get(ref).pattern, stack, ref) + ")";
      stack->erase(ref);
      i = close + 2;
    }
    return out;
  }

  std::map<std::string, SubPattern> by_name_;
  std::vector<std::string> order_;
};

inline std::vector<std::string> CommonPatternFiles() {
  return {std::string(SANGATI_SOURCE_DIR) + "/rules/common/numbers.yaml",
          std::string(SANGATI_SOURCE_DIR) + "/rules/common/dates.yaml"};
}

}  // namespace sangati::testing

#endif  // SANGATI_TESTS_ENGINE_NORMALIZE_PATTERN_LOADER_H_
