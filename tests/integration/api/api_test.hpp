#pragma once
// The fixture every API test uses: requests as a given demo user, and the steps that bring a
// birth-registration dossier to a given status through the API.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "http_client.hpp"

namespace motcua::test {

using nlohmann::json;

inline constexpr const char* kDemoPassword = "MotCua@2026";
inline constexpr const char* kCitizen = "congdan";
inline constexpr const char* kBusiness = "doanhnghiep";
inline constexpr const char* kReception = "tiepnhan";
inline constexpr const char* kSpecialist = "chuyenvien";
inline constexpr const char* kLeader = "lanhdao";
inline constexpr const char* kAdmin = "quantri";

// Smallest files whose magic bytes pass the type check.
std::string pdf_bytes();
std::string png_bytes();

// A dossier the tests follow: its draft id and, once submitted, its code.
struct DossierRef {
  long long id = 0;
  std::string code;
};

class ApiTest : public ::testing::Test {
 protected:
  HttpClient client() const;

  // A bearer token for a user (logged in once per test process and kept).
  std::string token(const std::string& username);
  static Headers bearer(const std::string& token);

  HttpResponse get(const std::string& target, const std::string& user = "");
  HttpResponse post(const std::string& target, const json& body, const std::string& user = "");
  HttpResponse put(const std::string& target, const json& body, const std::string& user = "");
  HttpResponse del(const std::string& target, const std::string& user = "");
  HttpResponse post_raw(const std::string& target, const std::string& content_type,
                        const std::string& body, const std::string& user = "");
  HttpResponse post_multipart(const std::string& target, const std::vector<MultipartField>& fields,
                              const std::string& user = "");

  // The birth-registration procedure ("Đăng ký khai sinh", toàn trình) with its form and
  // components.
  const json& birth_procedure();
  // "Cấp Giấy xác nhận tình trạng hôn nhân" (toàn trình), due three working days after reception:
  // never on the day it is received, whatever the hour the test runs (a birth registration
  // received before opening time is due that evening).
  const json& multi_day_procedure();
  // Valid values for every field of a procedure's form.
  static json filled_form(const json& fields);

  DossierRef create_draft(const std::string& user, const json& form);
  DossierRef create_draft(const std::string& user, const json& form, const json& procedure);
  void upload_required_components(const std::string& user, long long id);
  void upload_required_components(const std::string& user, long long id, const json& procedure);
  // A complete birth-registration draft, submitted (status 1).
  DossierRef submitted_dossier(const std::string& user = kCitizen);
  DossierRef submitted_dossier_of(const json& procedure, const std::string& user = kCitizen);
  // Takes a back-office action and expects it to succeed; returns the dossier detail.
  json act(const std::string& user, const std::string& code, const std::string& action,
           const json& body = json::object());
  // Status code of a dossier as its owner sees it.
  int status_of(const std::string& code, const std::string& user = kCitizen);
  // Registers and logs in a new citizen; returns its username.
  std::string new_citizen(const std::string& prefix);
  // Creates an official with the CLI (`user add`, unit H29.12.05); returns the initial password.
  static std::string new_official(const std::string& username, const std::string& role);

  // Another server than the shared one, when a test starts its own (0: the shared one).
  unsigned short server_port_ = 0;

 private:
  // A demo procedure by its name and level, read once per process.
  const json& demo_procedure(const std::string& name, const char* level);
  std::string token_key(const std::string& username) const;
};

// The error code of an API error body ("" when the body is not one).
std::string error_code(const HttpResponse& response);

}  // namespace motcua::test
