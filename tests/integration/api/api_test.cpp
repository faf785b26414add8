#include "api_test.hpp"

#include <unistd.h>

#include <atomic>
#include <mutex>

#include "api_environment.hpp"

namespace motcua::test {
namespace {

std::mutex token_mutex;
std::map<std::string, std::string> tokens;

json sample_value(const json& field) {
  const auto type = field.value("type", "text");
  if (type == "number") return "2";
  if (type == "date") return "2026-01-15";
  if (type == "email") return "nguoinop@example.vn";
  if (type == "phone") return "0912345678";
  if (type == "citizen_id") return "001090000123";
  if (type == "checkbox") return "true";
  if ((type == "select" || type == "radio") && !field.value("options", json::array()).empty())
    return field["options"][0]["value"];
  if (type == "rows") {
    json row = json::object();
    for (const auto& column : field.value("columns", json::array()))
      row[column["name"].get<std::string>()] = sample_value(column);
    return json::array({row});
  }
  return "Nguyễn Thị Mai";
}

}  // namespace

std::string pdf_bytes() { return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"; }
std::string png_bytes() { return std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + "rest"; }

std::string error_code(const HttpResponse& response) {
  const auto body = response.json();
  if (!body.is_object() || !body.contains("error") || !body["error"].is_object()) return "";
  return body["error"].value("code", "");
}

HttpClient ApiTest::client() const {
  return HttpClient(server_port_ != 0 ? server_port_ : environment().port());
}

Headers ApiTest::bearer(const std::string& token) {
  if (token.empty()) return {};
  return {{"Authorization", "Bearer " + token}};
}

// Sessions belong to one server's store: a test talking to another server signs in there.
std::string ApiTest::token_key(const std::string& username) const {
  return std::to_string(client().port()) + ":" + username;
}

std::string ApiTest::token(const std::string& username) {
  if (username.empty()) return "";
  {
    std::lock_guard lock(token_mutex);
    if (auto found = tokens.find(token_key(username)); found != tokens.end()) return found->second;
  }
  const auto response =
      post("/api/v1/auth/login", {{"username", username}, {"password", kDemoPassword}});
  if (response.status != 200) throw std::runtime_error("login " + username + ": " + response.body);
  const auto value = response.json().at("token").get<std::string>();
  std::lock_guard lock(token_mutex);
  tokens[token_key(username)] = value;
  return value;
}

HttpResponse ApiTest::get(const std::string& target, const std::string& user) {
  return client().send({"GET", target, bearer(token(user)), ""});
}

HttpResponse ApiTest::post(const std::string& target, const json& body, const std::string& user) {
  return post_raw(target, "application/json", body.dump(), user);
}

HttpResponse ApiTest::put(const std::string& target, const json& body, const std::string& user) {
  auto headers = bearer(token(user));
  headers.emplace_back("Content-Type", "application/json");
  return client().send({"PUT", target, headers, body.dump()});
}

HttpResponse ApiTest::del(const std::string& target, const std::string& user) {
  return client().send({"DELETE", target, bearer(token(user)), ""});
}

HttpResponse ApiTest::post_raw(const std::string& target, const std::string& content_type,
                               const std::string& body, const std::string& user) {
  auto headers = bearer(token(user));
  if (!content_type.empty()) headers.emplace_back("Content-Type", content_type);
  return client().send({"POST", target, headers, body});
}

HttpResponse ApiTest::post_multipart(const std::string& target,
                                     const std::vector<MultipartField>& fields,
                                     const std::string& user) {
  const auto body = multipart(fields);
  return post_raw(target, body.content_type, body.body, user);
}

const json& ApiTest::demo_procedure(const std::string& name, const char* level) {
  const auto found = get("/api/v1/procedures?per_page=100&q=" + url_encode(name)).json();
  for (const auto& item : found.at("items")) {
    if (item.at("name").get<std::string>().find(name) != std::string::npos &&
        item.at("level") == level) {
      static std::mutex mutex;
      static std::map<std::string, json> kept;
      const std::lock_guard lock(mutex);
      const auto code = item.at("code").get<std::string>();
      auto [place, added] = kept.try_emplace(code);
      if (added) place->second = get("/api/v1/procedures/" + url_encode(code)).json();
      return place->second;
    }
  }
  throw std::runtime_error("no procedure \"" + name + "\" in the demo catalog: " + found.dump());
}

const json& ApiTest::birth_procedure() { return demo_procedure("Đăng ký khai sinh", "toan_trinh"); }

const json& ApiTest::multi_day_procedure() {
  return demo_procedure("Cấp Giấy xác nhận tình trạng hôn nhân", "toan_trinh");
}

json ApiTest::filled_form(const json& fields) {
  json form = json::object();
  for (const auto& field : fields) form[field.at("name").get<std::string>()] = sample_value(field);
  return form;
}

DossierRef ApiTest::create_draft(const std::string& user, const json& form) {
  return create_draft(user, form, birth_procedure());
}

DossierRef ApiTest::create_draft(const std::string& user, const json& form, const json& procedure) {
  const auto response =
      post("/api/v1/dossiers", {{"procedure_code", procedure.at("code")}, {"form", form}}, user);
  if (response.status != 201) throw std::runtime_error("create draft: " + response.body);
  return {response.json().at("id").get<long long>(), ""};
}

void ApiTest::upload_required_components(const std::string& user, long long id) {
  upload_required_components(user, id, birth_procedure());
}

void ApiTest::upload_required_components(const std::string& user, long long id,
                                         const json& procedure) {
  for (const auto& component : procedure.at("components")) {
    if (!component.at("required").get<bool>()) continue;
    const auto response = post_multipart("/api/v1/dossiers/" + std::to_string(id) + "/files",
                                         {{"component_id", component.at("id").get<std::string>()},
                                          {"file", pdf_bytes(), "giay-to.pdf", "application/pdf"}},
                                         user);
    if (response.status != 201) throw std::runtime_error("upload: " + response.body);
  }
}

DossierRef ApiTest::submitted_dossier(const std::string& user) {
  return submitted_dossier_of(birth_procedure(), user);
}

DossierRef ApiTest::submitted_dossier_of(const json& procedure, const std::string& user) {
  auto dossier = create_draft(user, filled_form(procedure.at("form").at("fields")), procedure);
  upload_required_components(user, dossier.id, procedure);
  const auto response =
      post("/api/v1/dossiers/" + std::to_string(dossier.id) + "/submit", json::object(), user);
  if (response.status != 200) throw std::runtime_error("submit: " + response.body);
  dossier.code = response.json().at("code").get<std::string>();
  return dossier;
}

json ApiTest::act(const std::string& user, const std::string& code, const std::string& action,
                  const json& body) {
  const auto response = post("/api/v1/work/dossiers/" + code + "/" + action, body, user);
  EXPECT_EQ(response.status, 200) << user << " " << action << " " << code << ": " << response.body;
  return response.json();
}

int ApiTest::status_of(const std::string& code, const std::string& user) {
  const auto response = get("/api/v1/dossiers/" + code, user);
  if (response.status != 200) throw std::runtime_error("status of " + code + ": " + response.body);
  return response.json().at("status").at("code").get<int>();
}

std::string ApiTest::new_citizen(const std::string& prefix) {
  static std::atomic<int> counter{0};
  const auto username =
      prefix + "_" + std::to_string(::getpid() % 100000) + "_" + std::to_string(counter++);
  const auto response =
      post("/api/v1/auth/register",
           {{"username", username}, {"password", kDemoPassword}, {"full_name", "Hoàng Văn Khách"}});
  if (response.status != 201) throw std::runtime_error("register: " + response.body);
  return username;
}

std::string ApiTest::new_official(const std::string& username, const std::string& role) {
  const auto added = environment().run_cli(
      {"user", "add", "--username", username, "--role", role, "--unit", "H29.12.05"});
  EXPECT_EQ(added.exit_code, 0) << added.output;
  constexpr std::string_view kMarker = "initial password: ";
  const auto marker = added.output.find(kMarker);
  if (marker == std::string::npos) return "";
  const auto start = marker + kMarker.size();
  return added.output.substr(start, added.output.find('\n', start) - start);
}

}  // namespace motcua::test
