#pragma once
// The few pages a citizen's browser sees (VNeID's login, PayGov's payment page, the national
// portal's filing and tracking): one plain, accessible Vietnamese page shape.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/http/message.hpp"

namespace motcua::sim {

std::string escape_html(std::string_view text);
// A whole page; `body_html` and `head_html` are trusted markup, every value in them already
// escaped.
web::Response html_page(int status, std::string_view title, std::string_view body_html,
                        std::string_view head_html = {});
// 303 to `location`, with a link in the body for clients that show it rather than follow it.
web::Response redirect_page(const std::string& location);
// <input type="hidden"> for each field, values escaped.
std::string hidden_inputs(const std::vector<std::pair<std::string, std::string>>& fields);

// A form field: its label, what the citizen entered, and why it was refused ("" when it was not).
struct FieldView {
  std::string_view name;  // also the element's id
  std::string_view label;
  std::string_view value;
  std::string_view error;
};
// A labelled <input>; `attributes` is trusted markup (`required`, `inputmode="tel"`). The error is
// tied to the input so that a screen reader reads it with the field.
std::string text_input(const FieldView& view, std::string_view attributes = {});
std::string text_area(const FieldView& view, std::string_view attributes = {});
// A labelled <select> of (value, text) options, the one equal to the view's value chosen.
std::string select_input(const FieldView& view,
                         const std::vector<std::pair<std::string, std::string>>& options);

}  // namespace motcua::sim
