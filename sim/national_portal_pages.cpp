#include "national_portal_pages.hpp"

#include <array>

#include "core/text.hpp"
#include "html.hpp"
#include "procedure_catalog.hpp"

namespace motcua::sim {
namespace {

constexpr const char* kHomeTitle = "Hệ thống mô phỏng các hệ thống quốc gia (motcua-sim)";
constexpr const char* kPortalTitle = "Cổng Dịch vụ công quốc gia (mô phỏng)";
constexpr const char* kLookupTitle = "Tra cứu hồ sơ";
constexpr const char* kPortalPath = "/dvcqg/";
constexpr std::string_view kRefresh = "<meta http-equiv=\"refresh\" content=\"5\">";

// TrangThaiHoSo 1 to 10 as the national catalog names them.
constexpr std::array<const char*, 10> kStatusNames{
    "Mới đăng ký",
    "Được tiếp nhận",
    "Không được tiếp nhận",
    "Đang xử lý",
    "Yêu cầu bổ sung giấy tờ",
    "Yêu cầu thực hiện nghĩa vụ tài chính",
    "Công dân yêu cầu rút hồ sơ",
    "Dừng xử lý",
    "Đã xử lý xong",
    "Đã trả kết quả",
};
constexpr int kFiled = 1;

struct ApplicantField {
  const char* name;
  const char* label;
  const char* attributes;  // trusted markup for the <input>
};

constexpr std::array kApplicantFields{
    ApplicantField{"full_name", "Họ và tên", "required autocomplete=\"name\""},
    ApplicantField{"id_number", "Số định danh cá nhân",
                   "inputmode=\"numeric\" pattern=\"[0-9]{12}\" required"},
    ApplicantField{"phone", "Số điện thoại", "inputmode=\"tel\" autocomplete=\"tel\""},
    ApplicantField{"email", "Thư điện tử", "type=\"email\" autocomplete=\"email\""},
    ApplicantField{"address", "Địa chỉ", "autocomplete=\"street-address\""},
};

// The demo citizen of motcua holds this id number, so a dossier filed as them shows up in their
// motcua account.
Fields demo_filing() {
  return {{"procedure_code", "1.001193"},  {"full_name", "Nguyễn Văn An"},
          {"id_number", "001090000123"},   {"phone", "0912345678"},
          {"email", "congdan@example.vn"}, {"address", "Số 1 đường Trần Hưng Đạo"}};
}

const char* status_name(int status) {
  return status >= 1 && status <= static_cast<int>(kStatusNames.size())
             ? kStatusNames.at(static_cast<std::size_t>(status - 1))
             : "Không rõ";
}

// "20261205100000" → "05/12/2026 10:00:00", or "05/12/2026 10:00" without the seconds; text in
// another shape is shown as it came.
std::string display_time(const std::string& national, bool seconds) {
  if (!is_digits(national, 14, 14)) return national;
  auto out = national.substr(6, 2) + "/" + national.substr(4, 2) + "/" + national.substr(0, 4) +
             " " + national.substr(8, 2) + ":" + national.substr(10, 2);
  return seconds ? out + ":" + national.substr(12, 2) : out;
}

std::string dossier_path(const std::string& code) {
  return "/dvcqg/ho-so/" + core::percent_encode(code);
}

std::string procedure_title(const std::string& code) {
  for (const auto& procedure : national_procedures()) {
    if (procedure["MATTHC"] == code) return code + " — " + string_of(procedure, "TENTTHC");
  }
  return code;
}

std::vector<std::pair<std::string, std::string>> procedure_options() {
  std::vector<std::pair<std::string, std::string>> options;
  for (const auto& procedure : national_procedures()) {
    const auto code = string_of(procedure, "MATTHC");
    options.emplace_back(code, procedure_title(code));
  }
  return options;
}

std::string lookup_form(const std::string& code, std::string_view error) {
  return "<form method=\"get\" action=\"/dvcqg/ho-so\">" +
         text_input({"ma", "Mã hồ sơ", code, error}, "required") +
         "<button type=\"submit\">Tra cứu</button></form>";
}

std::string portal_link(std::string_view text) {
  return std::string("<p><a href=\"") + kPortalPath + "\">" + escape_html(text) + "</a></p>";
}

web::Response home_page() {
  return html_page(
      200, kHomeTitle,
      "<p>Đây là hệ thống mô phỏng, chỉ dùng để thử nghiệm motcua: Cổng Dịch vụ công quốc gia, "
      "VNeID, PayGov, VNPost, ký số từ xa, EMC, tin nhắn và thư điện tử cùng chạy trên một cổng. "
      "Dữ liệu chỉ nằm trong bộ nhớ và mất khi hệ thống dừng.</p><ul>"
      "<li><a href=\"/dvcqg/\">Cổng Dịch vụ công quốc gia (mô phỏng)</a>: nộp hồ sơ như công dân "
      "và theo dõi trạng thái tỉnh gửi về.</li>"
      "<li><a href=\"/_sim/log\">Nhật ký các thông điệp đã nhận</a> (JSON).</li></ul>");
}

// The form's fields as the citizen entered them, stray spaces around one-line values dropped.
Fields entered(const Fields& form) {
  Fields values{{"procedure_code", core::trim(field(form, "procedure_code"))},
                {"summary", field(form, "summary")}};
  for (const auto& applicant : kApplicantFields)
    values[applicant.name] = core::trim(field(form, applicant.name));
  return values;
}

// The filing as POST /_sim/dvcqg/dossiers takes it.
json filing_body(const Fields& values) {
  json applicant = json::object();
  for (const auto& entry : kApplicantFields) applicant[entry.name] = field(values, entry.name);
  json body = {{"procedure_code", field(values, "procedure_code")}, {"applicant", applicant}};
  const auto summary = field(values, "summary");
  if (!summary.empty()) body["form"] = {{"noi_dung", summary}};
  return body;
}

std::string applicant_inputs(const Fields& values, const json& problems) {
  std::string out = "<fieldset><legend>Người nộp hồ sơ</legend>";
  for (const auto& entry : kApplicantFields) {
    const auto error = string_of(problems, ("applicant." + std::string(entry.name)).c_str());
    out +=
        text_input({entry.name, entry.label, field(values, entry.name), error}, entry.attributes);
  }
  return out + "</fieldset>";
}

web::Response filing_page(int status, const Fields& values, const json& problems) {
  std::string body =
      "<p>Nộp hồ sơ trực tuyến: hồ sơ được chuyển về hệ thống một cửa của tỉnh, trạng thái xử lý "
      "được cập nhật lại tại đây.</p>";
  if (!problems.empty())
    body += "<p class=\"error\" role=\"alert\">Hồ sơ chưa nộp được: xem các lỗi bên dưới.</p>";
  body += "<form method=\"post\" action=\"/dvcqg/nop-ho-so\">";
  body += select_input({"procedure_code", "Thủ tục hành chính", field(values, "procedure_code"),
                        string_of(problems, "procedure_code")},
                       procedure_options());
  body += applicant_inputs(values, problems);
  body += text_area(
      {"summary", "Nội dung yêu cầu", field(values, "summary"), string_of(problems, "form")});
  body += "<button id=\"dvcqg-submit\" type=\"submit\">Nộp hồ sơ</button></form>";
  body += std::string("<h2>") + kLookupTitle + "</h2>" + lookup_form("", "");
  return html_page(status, kPortalTitle, body);
}

web::Response lookup(const web::Request& request) {
  const auto code = core::trim(request.query_or("ma", ""));
  if (code.empty())
    return html_page(400, kLookupTitle, lookup_form("", "Nhập mã hồ sơ cần tra cứu"));
  return redirect_page(dossier_path(code));
}

web::Response not_found_page(const std::string& code) {
  return html_page(404, "Không tìm thấy hồ sơ",
                   "<p>Cổng chưa có hồ sơ mã <strong>" + escape_html(code) +
                       "</strong>. Kiểm tra lại mã hồ sơ.</p>" + lookup_form(code, "") +
                       portal_link("Về trang nộp hồ sơ"));
}

std::string timeline_row(int status, const std::string& note, const std::string& at) {
  std::string row = "<li><strong>" + escape_html(status_name(status)) + "</strong>";
  if (!note.empty()) row += " — " + escape_html(note);
  return row + "<br><span>" + escape_html(display_time(at, true)) + "</span></li>";
}

std::string filing_facts(const PortalFiling& filing) {
  return "<dl><dt>Thủ tục</dt><dd>" + escape_html(procedure_title(filing.procedure_code)) +
         "</dd><dt>Người nộp</dt><dd>" + escape_html(filing.applicant) +
         "</dd><dt>Ngày nộp</dt><dd>" + escape_html(display_time(filing.filed_at, false)) +
         "</dd></dl>";
}

std::string timeline(const PortalDossier& dossier) {
  std::string rows;
  if (dossier.filing)
    rows += timeline_row(kFiled, "nộp trên Cổng DVC quốc gia", dossier.filing->filed_at);
  for (const auto& synced : dossier.statuses)
    rows += timeline_row(synced.status, synced.note, synced.at);
  return "<h2>Quá trình xử lý</h2><ol id=\"dvcqg-timeline\">" + rows + "</ol>";
}

std::string result_documents(const json& result) {
  std::string items;
  for (const auto& document : result.is_array() ? result : json::array()) {
    const auto name = string_of(document, "TenGiayTo");
    if (!name.empty()) items += "<li>" + escape_html(name) + "</li>";
  }
  return items.empty() ? std::string() : "<h2>Giấy tờ kết quả</h2><ul>" + items + "</ul>";
}

std::string evaluation(const json& rating) {
  if (!rating.is_object()) return "";
  static const char* const kLevels[] = {
      "", "Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"};
  const int level = rating.value("MucDoHaiLong", 0);
  if (level < 1 || level > 5) return "";
  std::string out = "<h2>Đánh giá của người dân</h2><p id=\"dvcqg-evaluation\">" +
                    std::string(kLevels[level]) + "</p>";
  const auto comment = string_of(rating, "NoiDung");
  if (!comment.empty()) out += "<p>" + escape_html(comment) + "</p>";
  return out;
}

}  // namespace

void NationalPortalPages::install(web::Router& router) {
  using web::Method;
  router.add(Method::get, "/", [](web::Request&) { return home_page(); });
  router.add(Method::get, kPortalPath,
             [](web::Request&) { return filing_page(200, demo_filing(), json::object()); });
  router.add(Method::post, "/dvcqg/nop-ho-so", [this](web::Request& r) { return submit(r); });
  router.add(Method::get, "/dvcqg/ho-so", [](web::Request& r) { return lookup(r); });
  router.add(Method::get, "/dvcqg/ho-so/{code}",
             [this](web::Request& r) { return dossier_page(r); });
}

web::Response NationalPortalPages::submit(const web::Request& request) {
  const auto form = parse_form(request.body);
  if (!form) {
    return html_page(400, kPortalTitle,
                     "<p class=\"error\" role=\"alert\">Không đọc được biểu mẫu.</p>" +
                         portal_link("Nộp lại hồ sơ"));
  }
  const auto values = entered(*form);
  const auto filed = dvcqg_.file(filing_body(values), request.body.size());
  if (filed.code.empty()) return filing_page(400, values, filed.problems);
  return redirect_page(dossier_path(filed.code));
}

web::Response NationalPortalPages::dossier_page(const web::Request& request) {
  const auto code = request.param("code");
  const auto dossier = dvcqg_.find(code);
  if (!dossier) return not_found_page(code);
  const int current = dossier->statuses.empty() ? kFiled : dossier->statuses.back().status;
  std::string body = dossier->filing ? filing_facts(*dossier->filing) : std::string();
  body += "<p>Trạng thái hiện tại: <strong id=\"dvcqg-status\">" +
          escape_html(status_name(current)) + "</strong></p>";
  body += timeline(*dossier) + result_documents(dossier->result) + evaluation(dossier->evaluation);
  body += "<p>Trang tự cập nhật mỗi 5 giây.</p>" + portal_link("Nộp hồ sơ khác");
  return html_page(200, "Hồ sơ " + code, body, kRefresh);
}

}  // namespace motcua::sim
