#include "core/status.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/role.hpp"

namespace motcua::core {
namespace {

TEST(Status, CodesRoundTrip) {
  for (int code = 0; code < kStatusCount; ++code) {
    const auto status = status_from_code(code);
    ASSERT_TRUE(status) << code;
    EXPECT_EQ(status_code(*status), code);
  }
  EXPECT_FALSE(status_from_code(-1));
  EXPECT_FALSE(status_from_code(kStatusCount));
  EXPECT_EQ(status_code(Status::returned), 10);
}

TEST(Status, NationalNamesAreTheDvcqgCatalogue) {
  const std::string expected[] = {"draft",
                                  "Mới đăng ký",
                                  "Được tiếp nhận",
                                  "Không được tiếp nhận",
                                  "Đang xử lý",
                                  "Yêu cầu bổ sung giấy tờ",
                                  "Yêu cầu thực hiện nghĩa vụ tài chính",
                                  "Công dân yêu cầu rút hồ sơ",
                                  "Dừng xử lý",
                                  "Đã xử lý xong",
                                  "Đã trả kết quả"};
  for (int code = 0; code < kStatusCount; ++code) {
    EXPECT_EQ(status_national_name(*status_from_code(code)), expected[code]) << code;
  }
}

TEST(Status, KeysAreStable) {
  const std::string expected[] = {"draft",
                                  "submitted",
                                  "received",
                                  "refused",
                                  "processing",
                                  "supplement_requested",
                                  "payment_requested",
                                  "withdrawn",
                                  "stopped",
                                  "resolved",
                                  "returned"};
  for (int code = 0; code < kStatusCount; ++code) {
    EXPECT_EQ(status_key(*status_from_code(code)), expected[code]) << code;
  }
}

TEST(Status, TerminalStatuses) {
  for (int code = 0; code < kStatusCount; ++code) {
    const bool terminal = code == 3 || code == 7 || code == 8 || code == 10;
    EXPECT_EQ(is_terminal(*status_from_code(code)), terminal) << code;
  }
}

TEST(Status, ClockRunsOnlyWhileTheAgencyHoldsTheDossier) {
  for (int code = 0; code < kStatusCount; ++code) {
    const bool runs = code == 2 || code == 4 || code == 6;
    EXPECT_EQ(clock_runs_in(*status_from_code(code)), runs) << code;
  }
}

TEST(Role, NamesRoundTrip) {
  const std::pair<Role, std::string> names[] = {
      {Role::citizen, "citizen"},     {Role::business, "business"},
      {Role::reception, "reception"}, {Role::specialist, "specialist"},
      {Role::leader, "leader"},       {Role::admin, "admin"}};
  for (const auto& [role, name] : names) {
    EXPECT_EQ(role_name(role), name);
    EXPECT_EQ(parse_role(name), role);
  }
  EXPECT_FALSE(parse_role("Citizen"));
  EXPECT_FALSE(parse_role("officer"));
  EXPECT_EQ(all_roles().size(), 6u);
}

TEST(Role, OfficialsAndApplicants) {
  EXPECT_TRUE(is_applicant(Role::citizen));
  EXPECT_TRUE(is_applicant(Role::business));
  EXPECT_FALSE(is_applicant(Role::reception));
  EXPECT_FALSE(is_applicant(Role::admin));
  EXPECT_FALSE(is_official(Role::citizen));
  EXPECT_FALSE(is_official(Role::business));
  for (Role role : {Role::reception, Role::specialist, Role::leader, Role::admin}) {
    EXPECT_TRUE(is_official(role)) << role_name(role);
  }
}

}  // namespace
}  // namespace motcua::core
