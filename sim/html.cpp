#include "html.hpp"

#include "core/text.hpp"

namespace motcua::sim {

std::string escape_html(std::string_view text) { return core::html_escape(text); }

web::Response html_page(int status, std::string_view title, std::string_view body_html) {
  std::string page =
      "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>";
  page += escape_html(title);
  page +=
      "</title><style>body{font-family:sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem}"
      "label{display:block;margin-top:.8rem}input{width:100%;padding:.4rem;font-size:1rem}"
      "button{margin-top:1.2rem;padding:.6rem 1.2rem;font-size:1rem}</style></head><body><main>";
  page += "<h1>" + escape_html(title) + "</h1>";
  page += body_html;
  page += "</main></body></html>\n";
  auto response = web::Response::html(status, std::move(page));
  response.header("cache-control", "no-store");
  return response;
}

web::Response redirect_page(const std::string& location) {
  auto response =
      html_page(303, "Đang chuyển tiếp",
                "<p><a id=\"continue\" href=\"" + escape_html(location) + "\">Tiếp tục</a></p>");
  response.header("location", location);
  return response;
}

std::string hidden_inputs(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    out += "<input type=\"hidden\" name=\"" + escape_html(name) + "\" value=\"" +
           escape_html(value) + "\">";
  }
  return out;
}

}  // namespace motcua::sim
