#include "html.hpp"

#include "core/text.hpp"

namespace motcua::sim {
namespace {

constexpr std::string_view kStyle =
    "body{font-family:sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;line-height:1.4}"
    "label{display:block;margin-top:.8rem}"
    "input,select,textarea{width:100%;box-sizing:border-box;padding:.4rem;font-size:1rem}"
    "textarea{min-height:6rem}"
    "button{margin-top:1.2rem;padding:.6rem 1.2rem;font-size:1rem}"
    ":focus-visible{outline:3px solid #0b57d0;outline-offset:2px}"
    ".error{color:#b3261e;margin:.2rem 0 0}[aria-invalid=true]{border:2px solid #b3261e}"
    "li{margin:.4rem 0}";

// What ties a field to its error: the attributes for the control and the message under it.
struct ErrorMarkup {
  std::string attributes;
  std::string message;
};

ErrorMarkup error_markup(const FieldView& view) {
  if (view.error.empty()) return {};
  const auto id = escape_html(view.name) + "-error";
  return {" aria-invalid=\"true\" aria-describedby=\"" + id + "\"",
          "<p class=\"error\" id=\"" + id + "\">" + escape_html(view.error) + "</p>"};
}

std::string label_for(const FieldView& view) {
  return "<label for=\"" + escape_html(view.name) + "\">" + escape_html(view.label) + "</label>";
}

// `<tag id="name" name="name"` with the error's attributes, left open for the caller to finish.
std::string opening(std::string_view tag, const FieldView& view, const ErrorMarkup& error,
                    std::string_view attributes) {
  const auto name = escape_html(view.name);
  std::string out = "<" + std::string(tag) + " id=\"" + name + "\" name=\"" + name + "\"";
  out += error.attributes;
  if (!attributes.empty()) out += " " + std::string(attributes);
  return out;
}

}  // namespace

std::string escape_html(std::string_view text) { return core::html_escape(text); }

web::Response html_page(int status, std::string_view title, std::string_view body_html,
                        std::string_view head_html) {
  std::string page =
      "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
  page += head_html;
  page += "<title>" + escape_html(title) + "</title><style>";
  page += kStyle;
  page += "</style></head><body><main>";
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

std::string text_input(const FieldView& view, std::string_view attributes) {
  const auto error = error_markup(view);
  return label_for(view) + opening("input", view, error, attributes) + " value=\"" +
         escape_html(view.value) + "\">" + error.message;
}

std::string text_area(const FieldView& view, std::string_view attributes) {
  const auto error = error_markup(view);
  // The newline after the tag is dropped by the parser, so a value's own first newline survives.
  return label_for(view) + opening("textarea", view, error, attributes) + ">\n" +
         escape_html(view.value) + "</textarea>" + error.message;
}

std::string select_input(const FieldView& view,
                         const std::vector<std::pair<std::string, std::string>>& options) {
  const auto error = error_markup(view);
  std::string out = label_for(view) + opening("select", view, error, {}) + ">";
  for (const auto& [value, text] : options) {
    out += "<option value=\"" + escape_html(value) + "\"";
    if (value == view.value) out += " selected";
    out += ">" + escape_html(text) + "</option>";
  }
  return out + "</select>" + error.message;
}

}  // namespace motcua::sim
