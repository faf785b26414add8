#include "web/http/http_errors.hpp"

#include <array>
#include <nlohmann/json.hpp>

namespace motcua::web {
namespace {

struct ErrorText {
  std::string_view code;
  std::string_view vi;
  std::string_view en;
};

constexpr std::array kTexts{
    ErrorText{"not_found", "Không tìm thấy địa chỉ yêu cầu.",
              "The requested address was not found."},
    ErrorText{"method_not_allowed", "Phương thức này không được hỗ trợ tại địa chỉ yêu cầu.",
              "This method is not allowed at this address."},
    ErrorText{"bad_request", "Yêu cầu không hợp lệ.", "The request is malformed."},
    ErrorText{"too_large", "Nội dung gửi lên vượt quá dung lượng cho phép.",
              "The request body is too large."},
    ErrorText{"header_too_large", "Phần đầu của yêu cầu quá lớn.",
              "The request headers are too large."},
    ErrorText{"uri_too_long", "Địa chỉ yêu cầu quá dài.", "The request address is too long."},
    ErrorText{"request_timeout", "Yêu cầu gửi đến quá chậm, kết nối đã bị đóng.",
              "The request arrived too slowly; the connection was closed."},
    ErrorText{"too_many_connections",
              "Địa chỉ của bạn đang mở quá nhiều kết nối, vui lòng thử lại sau giây lát.",
              "Your address has too many open connections, please retry in a moment."},
    ErrorText{"overloaded", "Hệ thống đang bận, vui lòng thử lại sau giây lát.",
              "The server is busy, please retry in a moment."},
    ErrorText{"internal",
              "Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc báo mã yêu cầu cho bộ phận hỗ trợ.",
              "An internal error occurred. Please retry or give the request id to support."},
    ErrorText{"unavailable", "Hệ thống tạm thời không phục vụ được, vui lòng thử lại sau.",
              "The service is temporarily unavailable, please retry later."},
};

std::string_view message_for(std::string_view code, bool english) {
  for (const auto& text : kTexts) {
    if (text.code == code) return english ? text.en : text.vi;
  }
  return english ? "The request could not be served." : "Không thể phục vụ yêu cầu.";
}

}  // namespace

bool prefers_english(const Request& request) {
  if (const auto lang = request.query_param("lang")) return *lang == "en";
  const auto accept = request.header("accept-language").value_or("");
  const auto first = accept.find_first_not_of(" \t");
  if (first == std::string::npos) return false;
  const auto tag = accept.substr(first, 2);
  return tag == "en" || tag == "EN" || tag == "En";
}

Response error_response(const Request& request, int status, std::string_view code) {
  nlohmann::json error{{"code", code}, {"message", message_for(code, prefers_english(request))}};
  if (!request.request_id.empty()) error["request_id"] = request.request_id;
  return Response::json(status, nlohmann::json{{"error", std::move(error)}}.dump());
}

}  // namespace motcua::web
