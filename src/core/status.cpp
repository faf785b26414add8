#include "core/status.hpp"

#include <array>
#include <string_view>

namespace motcua::core {

namespace {

struct StatusInfo {
  std::string_view national_name;
  std::string_view key;
};

// Indexed by code. The Vietnamese names are the national (DVCQG) catalogue of requirements §2.1,
// spelled exactly as the national portal and EMC expect them.
constexpr std::array<StatusInfo, kStatusCount> kStatuses{{
    {"draft", "draft"},
    {"Mới đăng ký", "submitted"},
    {"Được tiếp nhận", "received"},
    {"Không được tiếp nhận", "refused"},
    {"Đang xử lý", "processing"},
    {"Yêu cầu bổ sung giấy tờ", "supplement_requested"},
    {"Yêu cầu thực hiện nghĩa vụ tài chính", "payment_requested"},
    {"Công dân yêu cầu rút hồ sơ", "withdrawn"},
    {"Dừng xử lý", "stopped"},
    {"Đã xử lý xong", "resolved"},
    {"Đã trả kết quả", "returned"},
}};

const StatusInfo& info(Status status) {
  return kStatuses[static_cast<std::size_t>(status_code(status))];
}

}  // namespace

int status_code(Status status) { return static_cast<int>(status); }

std::optional<Status> status_from_code(int code) {
  if (code < 0 || code >= kStatusCount) return std::nullopt;
  return static_cast<Status>(code);
}

std::string_view status_national_name(Status status) { return info(status).national_name; }

std::string_view status_key(Status status) { return info(status).key; }

bool is_terminal(Status status) {
  // Refused at reception, withdrawn, stopped and returned dossiers never move again
  // (requirements §2.2, the "[end]" states).
  return status == Status::refused || status == Status::withdrawn || status == Status::stopped ||
         status == Status::returned;
}

bool clock_runs_in(Status status) {
  // Reception starts the clock (status 1 is still waiting at the desk); a supplement request pauses
  // it because the citizen must act (Decree 61/2018 Art 18, requirements §2.3). A payment request
  // is part of the agency's own processing, so the clock keeps running; once the result is signed
  // (9) the processing time is fixed.
  return status == Status::received || status == Status::processing ||
         status == Status::payment_requested;
}

}  // namespace motcua::core
