#pragma once
// The few pages a citizen's browser sees (VNeID's login, PayGov's payment page): one plain,
// accessible Vietnamese page shape.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/http/message.hpp"

namespace motcua::sim {

std::string escape_html(std::string_view text);
// A whole page; `body_html` is trusted markup, every value in it already escaped.
web::Response html_page(int status, std::string_view title, std::string_view body_html);
// 303 to `location`, with a link in the body for clients that show it rather than follow it.
web::Response redirect_page(const std::string& location);
// <input type="hidden"> for each field, values escaped.
std::string hidden_inputs(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace motcua::sim
