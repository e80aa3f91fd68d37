// schema_check: validates a JSON file against a JSON Schema with the test
// validator (json_schema_validator.h). Used by browser_test.sh on the JSON
// that `sangati audit` writes.
//   schema_check SCHEMA.json DOCUMENT.json
// Exit 0 valid, 1 invalid (errors on stderr), 2 unreadable.
#include <cstdio>
#include <fstream>
#include <iostream>

#include "tests/reports/json_schema_validator.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: schema_check SCHEMA.json DOCUMENT.json\n");
    return 2;
  }
  nlohmann::json schema, doc;
  try {
    std::ifstream s(argv[1]), d(argv[2]);
    schema = nlohmann::json::parse(s);
    doc = nlohmann::json::parse(d);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "schema_check: %s\n", e.what());
    return 2;
  }
  std::vector<std::string> errors = sangati::testing::ValidateJsonSchema(schema, doc);
  for (const std::string& e : errors) std::cerr << argv[2] << ": " << e << "\n";
  return errors.empty() ? 0 : 1;
}
