#include "dvcqg.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "integrations/base64.hpp"
#include "procedure_catalog.hpp"

namespace motcua::sim {
namespace {

constexpr const char* kDefaultUnit = "000.00.00.G22";
constexpr std::size_t kMaxProcedureCode = 50;
constexpr std::size_t kMaxUnitCode = 35;
constexpr std::size_t kMaxText = 1000;
constexpr long long kDefaultPage = 50;
constexpr long long kMaxPage = 200;
// motcua reads at most 64 MiB a page; a page of large filings stops well before that.
constexpr std::size_t kMaxPageBytes = std::size_t{32} * 1024 * 1024;
constexpr int kMinStatus = 1;
constexpr int kMaxStatus = 10;

bool valid_unit(std::string_view unit) {
  return !unit.empty() && unit.size() <= kMaxUnitCode &&
         std::all_of(unit.begin(), unit.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
         });
}

void check_applicant(const json& applicant, json& fields) {
  if (!applicant.is_object()) {
    fields["applicant"] = "Thiếu thông tin người nộp hồ sơ";
    return;
  }
  const auto name = string_of(applicant, "full_name");
  if (name.empty() || name.size() > kMaxText) fields["applicant.full_name"] = "Bắt buộc";
  if (!is_digits(string_of(applicant, "id_number"), 12, 12))
    fields["applicant.id_number"] = "Số định danh cá nhân gồm 12 chữ số";
  for (const char* name_of : {"phone", "email", "address"}) {
    if (applicant.contains(name_of) && !applicant[name_of].is_string())
      fields[std::string("applicant.") + name_of] = "Phải là chuỗi ký tự";
  }
}

void check_files(const json& body, json& fields) {
  if (!body.contains("files")) return;
  if (!body["files"].is_array()) {
    fields["files"] = "Phải là một danh sách";
    return;
  }
  for (std::size_t i = 0; i < body["files"].size(); ++i) {
    const auto& file = body["files"][i];
    const auto at = "files[" + std::to_string(i) + "]";
    if (string_of(file, "name").empty()) fields[at + ".name"] = "Bắt buộc";
    if (!file.is_object() || !file.contains("content_base64") ||
        !integrations::base64_decode(string_of(file, "content_base64")))
      fields[at + ".content_base64"] = "Không phải base64";
  }
}

json filing_problems(const json& body) {
  json fields = json::object();
  const auto procedure = string_of(body, "procedure_code");
  if (procedure.empty() || procedure.size() > kMaxProcedureCode)
    fields["procedure_code"] = "Bắt buộc, tối đa 50 ký tự";
  check_applicant(body.contains("applicant") ? body["applicant"] : json(), fields);
  if (body.contains("form") && !body["form"].is_object()) fields["form"] = "Phải là một đối tượng";
  if (body.contains("unit") && !valid_unit(string_of(body, "unit")))
    fields["unit"] = "Mã định danh đơn vị không hợp lệ";
  check_files(body, fields);
  return fields;
}

json submitted_files(const json& body) {
  json files = json::array();
  for (const auto& file : body.value("files", json::array())) {
    files.push_back({{"TenTepDinhKem", string_of(file, "name")},
                     {"MaThanhPhanHoSo", string_of(file, "component_id")},
                     {"NoiDungBase64", string_of(file, "content_base64")}});
  }
  return files;
}

json feed_item(std::size_t seq, const std::string& code, const json& body, Clock::time_point at) {
  const auto& applicant = body.at("applicant");
  return {{"seq", seq},
          {"MaHoSo", code},
          {"MaTTHC", string_of(body, "procedure_code")},
          {"ChuHoSo", string_of(applicant, "full_name")},
          {"LoaiDoiTuong", 1},
          {"SoGiayToChuHoSo", string_of(applicant, "id_number")},
          {"SoDienThoai", string_of(applicant, "phone")},
          {"Email", string_of(applicant, "email")},
          {"DiaChi", string_of(applicant, "address")},
          {"NgayNopHoSo", national_time(at)},
          {"KenhThucHien", 2},
          {"TaiKhoanDuocXacThucVoiVNeID", 1},
          {"form", body.value("form", json::object())},
          {"TaiLieuNop", submitted_files(body)}};
}

std::optional<long long> integer_query(const web::Request& request, const char* name,
                                       long long fallback) {
  const auto text = request.query_param(name);
  if (!text) return fallback;
  long long value = 0;
  const auto* end = text->data() + text->size();
  const auto [stop, error] = std::from_chars(text->data(), end, value);
  if (error != std::errc() || stop != end || value < 0) return std::nullopt;
  return value;
}

// TrangThaiHoSo as a number, whether it came as one or as digits.
std::optional<int> status_code(const json& body) {
  const auto text = text_of(body, "TrangThaiHoSo");
  if (!is_digits(text, 1, 2)) return std::nullopt;
  const int status = std::stoi(text);
  if (status < kMinStatus || status > kMaxStatus) return std::nullopt;
  return status;
}

}  // namespace

void Dvcqg::install(web::Router& router) {
  using web::Method;
  router.add(Method::post, "/_sim/dvcqg/dossiers",
             [this](web::Request& r) { return file_control(r); });
  router.add(Method::get, "/_sim/dvcqg/dossiers/{code}",
             [this](web::Request& r) { return portal_view(r); });
  router.add(Method::get, "/dvcqg/dossiers",
             context_.protocol([this](web::Request& r) { return feed(r); }));
  router.add(Method::post, "/dvcqg/dossiers/status",
             context_.accepting("dvcqg", [this](web::Request& r) { return status(r); }));
  router.add(Method::post, "/dvcqg/dossiers/evaluation",
             context_.accepting("dvcqg", [this](web::Request& r) { return evaluation(r); }));
  router.add(Method::get, "/dvcqg/procedures", context_.protocol([](web::Request&) {
    return json_reply(200, national_procedures());
  }));
}

std::string Dvcqg::next_code(const std::string& unit, Clock::time_point now) {
  const auto day = unit + "-" + code_date(now);
  char counter[16];
  std::snprintf(counter, sizeof counter, "%04d", ++counters_[day]);
  return day + "-" + counter;
}

FilingOutcome Dvcqg::file(const json& body, std::size_t wire_bytes) {
  auto problems = filing_problems(body);
  if (!problems.empty()) return {"", std::move(problems)};
  const auto unit = body.contains("unit") ? string_of(body, "unit") : kDefaultUnit;
  const auto now = Clock::now();
  const std::lock_guard lock(mutex_);
  const auto code = next_code(unit, now);
  auto item = feed_item(feed_.size() + 1, code, body, now);
  dossiers_[code].filing = PortalFiling{string_of(item, "MaTTHC"), string_of(item, "ChuHoSo"),
                                        string_of(item, "NgayNopHoSo")};
  feed_.push_back({std::move(item), wire_bytes});
  return {code, json::object()};
}

std::optional<PortalDossier> Dvcqg::find(const std::string& code) {
  const std::lock_guard lock(mutex_);
  const auto found = dossiers_.find(code);
  if (found == dossiers_.end()) return std::nullopt;
  return found->second;
}

web::Response Dvcqg::file_control(const web::Request& request) {
  const auto parsed = parse_json_body(request, kMaxDossierBytes);
  if (parsed.error) return *parsed.error;
  const auto filed = file(parsed.value, request.body.size());
  if (filed.code.empty())
    return json_error(400, "invalid_input", "Hồ sơ không hợp lệ", filed.problems);
  return json_reply(201, {{"code", filed.code}});
}

web::Response Dvcqg::feed(const web::Request& request) {
  const auto after = integer_query(request, "after", 0);
  const auto limit = integer_query(request, "limit", kDefaultPage);
  if (!after || !limit) return json_error(400, "invalid_input", "after và limit là số tự nhiên");
  const auto count = std::clamp(*limit, 1LL, kMaxPage);
  json items = json::array();
  std::size_t bytes = 0;
  const std::lock_guard lock(mutex_);
  auto next = static_cast<std::size_t>(*after);
  while (next < feed_.size() && std::cmp_less(items.size(), count) &&
         (items.empty() || bytes + feed_[next].bytes <= kMaxPageBytes)) {
    bytes += feed_[next].bytes;
    items.push_back(feed_[next++].item);
  }
  return json_reply(200, {{"items", items}, {"next", std::max<std::size_t>(next, *after)}});
}

web::Response Dvcqg::status(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  const auto code = string_of(parsed.value, "MaHoSo");
  const auto status = status_code(parsed.value);
  if (code.empty() || code.size() > kMaxText || !status) {
    return json_error(400, "invalid_input", "Cần MaHoSo và TrangThaiHoSo từ 1 đến 10",
                      {{"MaHoSo", "Bắt buộc"}, {"TrangThaiHoSo", "Từ 1 đến 10"}});
  }
  const auto results = parsed.value.find("DanhSachGiayToKetQua");
  {
    const std::lock_guard lock(mutex_);
    auto& dossier = dossiers_[code];
    dossier.statuses.push_back(
        {*status, text_of(parsed.value, "ThoiDiemXuLy"), text_of(parsed.value, "NoiDungXuLy")});
    if (results != parsed.value.end() && results->is_array() && !results->empty())
      dossier.result = *results;
  }
  auto logged = parsed.value;
  logged["code"] = code;
  logged["status"] = *status;
  context_.log().append("dvcqg", "status", idempotency_key(request), std::move(logged));
  return json_reply(200, {{"error_code", 0}, {"message", "OK"}});
}

// The province pushes each applicant's rating to the portal's evaluation system.
web::Response Dvcqg::evaluation(const web::Request& request) {
  const auto parsed = parse_json_body(request);
  if (parsed.error) return *parsed.error;
  const auto code = string_of(parsed.value, "MaHoSo");
  const auto level = parsed.value.find("MucDoHaiLong");
  const bool level_ok = level != parsed.value.end() && level->is_number_integer() &&
                        level->get<int>() >= 1 && level->get<int>() <= 5;
  if (code.empty() || code.size() > kMaxText || !level_ok) {
    return json_error(400, "invalid_input", "Cần MaHoSo và MucDoHaiLong từ 1 đến 5",
                      {{"MaHoSo", "Bắt buộc"}, {"MucDoHaiLong", "Từ 1 đến 5"}});
  }
  {
    const std::lock_guard lock(mutex_);
    dossiers_[code].evaluation = parsed.value;
  }
  context_.log().append("dvcqg", "evaluation", idempotency_key(request), parsed.value);
  return json_reply(200, {{"error_code", 0}, {"message", "OK"}});
}

web::Response Dvcqg::portal_view(const web::Request& request) {
  const auto code = request.param("code");
  const auto dossier = find(code);
  if (!dossier) return json_error(404, "not_found", "Không có hồ sơ " + code);
  json statuses = json::array();
  for (const auto& synced : dossier->statuses) statuses.push_back(synced.status);
  return json_reply(200, {{"code", code},
                          {"statuses", statuses},
                          {"result", dossier->result},
                          {"evaluation", dossier->evaluation}});
}

}  // namespace motcua::sim
