#pragma once
#include <optional>
#include <string_view>

namespace motcua::core {

// Draft plus the national (DVCQG) status catalogue, requirements §2.1. The numbers are the codes
// the national portal, EMC and API.md use, so they are part of the contract.
enum class Status : int {
  draft = 0,
  submitted = 1,             // Mới đăng ký
  received = 2,              // Được tiếp nhận
  refused = 3,               // Không được tiếp nhận
  processing = 4,            // Đang xử lý
  supplement_requested = 5,  // Yêu cầu bổ sung giấy tờ
  payment_requested = 6,     // Yêu cầu thực hiện nghĩa vụ tài chính
  withdrawn = 7,             // Công dân yêu cầu rút hồ sơ
  stopped = 8,               // Dừng xử lý
  resolved = 9,              // Đã xử lý xong
  returned = 10,             // Đã trả kết quả
};

inline constexpr int kStatusCount = 11;

int status_code(Status status);
std::optional<Status> status_from_code(int code);
// The national catalogue's Vietnamese name ("draft" for 0, which the catalogue lacks).
std::string_view status_national_name(Status status);
// A stable machine key, also the i18n key suffix: "status.<key>".
std::string_view status_key(Status status);
bool is_terminal(Status status);
// The deadline clock runs only in these statuses (it is paused while the citizen must act).
bool clock_runs_in(Status status);

}  // namespace motcua::core
