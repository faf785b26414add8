// The OpenAPI document served at /api/openapi.json describes every endpoint the server answers.
#include <functional>
#include <set>

#include "api_test.hpp"

namespace motcua::test {
namespace {

class OpenApi : public ApiTest {};

const std::vector<std::pair<std::string, std::string>> kEndpoints{
    {"/api/v1/auth/login", "post"},
    {"/api/v1/auth/logout", "post"},
    {"/api/v1/auth/register", "post"},
    {"/api/v1/procedures", "get"},
    {"/api/v1/procedures/{code}", "get"},
    {"/api/v1/dossiers", "post"},
    {"/api/v1/dossiers/{id}", "put"},
    {"/api/v1/dossiers/{id}/files", "post"},
    {"/api/v1/dossiers/{id}/files/{file_id}", "delete"},
    {"/api/v1/dossiers/{id}/submit", "post"},
    {"/api/v1/me/dossiers", "get"},
    {"/api/v1/me/profile", "get"},
    {"/api/v1/me/profile", "put"},
    {"/api/v1/me/password", "put"},
    {"/api/v1/dossiers/{id}", "delete"},
    {"/api/v1/dossiers/{code}", "get"},
    {"/api/v1/dossiers/{code}/events", "get"},
    {"/api/v1/dossiers/{code}/supplement", "post"},
    {"/api/v1/dossiers/{code}/withdraw", "post"},
    {"/api/v1/lookup/{code}", "get"},
    {"/api/v1/work/queue", "get"},
    {"/api/v1/work/dossiers/{code}/{action}", "post"},
    {"/api/v1/calendar/due", "get"},
    {"/api/v1/admin/holidays", "get"},
    {"/api/v1/admin/holidays", "post"},
    {"/api/v1/admin/holidays/{date}", "delete"},
    {"/healthz", "get"},
};

TEST_F(OpenApi, DocumentListsEveryEndpoint) {
  const auto response = get("/api/openapi.json");
  ASSERT_EQ(response.status, 200);
  const auto doc = response.json();
  ASSERT_FALSE(doc.is_discarded()) << "not JSON";
  EXPECT_EQ(doc.at("openapi").get<std::string>().rfind("3.0", 0), 0U);
  const auto& paths = doc.at("paths");
  for (const auto& [path, method] : kEndpoints) {
    ASSERT_TRUE(paths.contains(path)) << path;
    EXPECT_TRUE(paths.at(path).contains(method)) << method << " " << path;
  }
  const auto& schemes = doc.at("components").at("securitySchemes");
  EXPECT_EQ(schemes.at("bearer").at("scheme"), "bearer");
  EXPECT_EQ(schemes.at("cookie").at("in"), "cookie");
  EXPECT_TRUE(doc.at("components").at("schemas").contains("Error"));
}

// Each operation's references resolve, so generated clients compile.
TEST_F(OpenApi, EveryReferenceResolves) {
  const auto doc = get("/api/openapi.json").json();
  std::vector<std::string> missing;
  std::function<void(const json&)> visit = [&](const json& node) {
    if (node.is_object()) {
      if (auto ref = node.find("$ref"); ref != node.end()) {
        const auto pointer =
            ref->get<std::string>().substr(1);  // "#/components/…" → "/components/…"
        if (!doc.contains(json::json_pointer(pointer))) missing.push_back(*ref);
      }
      for (const auto& [key, value] : node.items()) visit(value);
    } else if (node.is_array()) {
      for (const auto& value : node) visit(value);
    }
  };
  visit(doc);
  EXPECT_TRUE(missing.empty()) << json(missing).dump();
}

// The properties a schema (with its allOf parts) requires.
std::set<std::string> required_properties(const json& doc, const std::string& schema) {
  std::set<std::string> out;
  const auto& node = doc.at("components").at("schemas").at(schema);
  for (const auto& key : node.value("required", json::array())) out.insert(key.get<std::string>());
  for (const auto& part : node.value("allOf", json::array())) {
    const auto parts = part.contains("$ref")
                           ? required_properties(doc, part["$ref"].get<std::string>().substr(21))
                           : std::set<std::string>(part.value("required", std::set<std::string>{}));
    out.insert(parts.begin(), parts.end());
  }
  return out;
}

// What the document promises is what the server sends.
TEST_F(OpenApi, ResponsesCarryEveryRequiredPropertyOfTheirSchema) {
  const auto doc = get("/api/openapi.json").json();
  const auto dossier = submitted_dossier();
  act(kReception, dossier.code, "receive");
  const auto login =
      post("/api/v1/auth/login", {{"username", kCitizen}, {"password", kDemoPassword}});
  const std::vector<std::pair<std::string, json>> samples{
      {"LoginResponse", login.json()},
      {"ProcedurePage", get("/api/v1/procedures?per_page=2").json()},
      {"ProcedureDetail", birth_procedure()},
      {"DossierDetail", get("/api/v1/dossiers/" + dossier.code, kCitizen).json()},
      {"DossierPage", get("/api/v1/me/dossiers", kCitizen).json()},
      {"Profile", get("/api/v1/me/profile", kCitizen).json()},
      {"Event", get("/api/v1/dossiers/" + dossier.code + "/events", kCitizen).json().at(0)},
      {"Lookup", get("/api/v1/lookup/" + dossier.code).json()},
      {"WorkQueue", get("/api/v1/work/queue", kReception).json()},
      {"Due", get("/api/v1/calendar/due?working_days=1").json()},
      {"Error", get("/api/v1/me/dossiers").json()},
  };
  for (const auto& [schema, body] : samples) {
    const auto required = required_properties(doc, schema);
    EXPECT_FALSE(required.empty()) << schema;
    for (const auto& key : required)
      EXPECT_TRUE(body.contains(key)) << schema << "." << key << " in " << body.dump();
  }
}

// Paths the server answers without a documented route would be a contract gap: an undocumented
// /api/v1 path answers 404 in the error shape.
TEST_F(OpenApi, UndocumentedApiPathsAre404) {
  const auto response = get("/api/v1/no-such-thing", kCitizen);
  EXPECT_EQ(response.status, 404) << response.body;
}

}  // namespace
}  // namespace motcua::test
