// How a dossier is described to the national portal and to EMC (requirements §9.3, §10), when a
// failed delivery is retried, and which events the applicant is told of.
#include "core/national_codes.hpp"

#include <gtest/gtest.h>

#include "core/applicant_notices.hpp"
#include "core/retry_schedule.hpp"
#include "instants.hpp"

namespace motcua::core {
namespace {

TEST(NationalCodes, EmcStatusGroupsTheLocalStatuses) {
  EXPECT_EQ(emc_status(Status::submitted), 1);
  EXPECT_EQ(emc_status(Status::received), 1);
  EXPECT_EQ(emc_status(Status::processing), 2);
  EXPECT_EQ(emc_status(Status::resolved), 3);
  EXPECT_EQ(emc_status(Status::returned), 3);
  EXPECT_EQ(emc_status(Status::supplement_requested), 0);
}

TEST(NationalCodes, ChannelsAndLevels) {
  EXPECT_EQ(emc_forms_reception(Channel::counter), 2);
  EXPECT_EQ(emc_forms_reception(Channel::national_portal), 1);
  EXPECT_EQ(emc_level(ServiceLevel::toan_trinh), 4);
  EXPECT_EQ(emc_level(ServiceLevel::mot_phan), 3) << "not 4, as one vendor's code had it";
  EXPECT_EQ(emc_level(ServiceLevel::truc_tiep), 0);
  EXPECT_EQ(national_channel(Channel::counter), 1);
  EXPECT_EQ(national_channel(Channel::national_portal), 2);
  EXPECT_EQ(national_channel(Channel::post), 3);
  EXPECT_EQ(emc_postal(ReturnMethod::post, Channel::online), 1);
  EXPECT_EQ(emc_postal(std::nullopt, Channel::post), 1);
  EXPECT_EQ(emc_postal(ReturnMethod::counter, Channel::post), 0);
  EXPECT_EQ(emc_user_type("0101234567"), "1");
  EXPECT_EQ(emc_user_type("001099012345"), "2");
}

TEST(NationalCodes, TheNationalTimeFormatIsLocalAndRoundTrips) {
  const auto at = testing::at("2026-12-05T09:30:07");
  EXPECT_EQ(national_time(at), "20261205093007");
  EXPECT_EQ(parse_national_time("20261205093007"), at);
  EXPECT_FALSE(parse_national_time("20261305093007"));
  EXPECT_FALSE(parse_national_time("2026120509300"));
  EXPECT_FALSE(parse_national_time("2026120509300x"));
}

TEST(RetrySchedule, DoublesUpToTheLongestWithHalfOfItJittered) {
  RetryPolicy policy{std::chrono::milliseconds(1000), std::chrono::milliseconds(8000), 5};
  EXPECT_EQ(retry_delay(policy, 1, 0.0).count(), 500);
  EXPECT_EQ(retry_delay(policy, 1, 1.0).count(), 1000);
  EXPECT_EQ(retry_delay(policy, 3, 0.5).count(), 3000);
  EXPECT_EQ(retry_delay(policy, 30, 1.0).count(), 8000);
  EXPECT_FALSE(parks_after(policy, 4));
  EXPECT_TRUE(parks_after(policy, 5));
  policy.attempts_before_parking = 0;
  EXPECT_FALSE(parks_after(policy, 1000)) << "0: never parked by age";
}

TEST(ApplicantNotices, TheEventsTheApplicantIsToldOf) {
  EXPECT_EQ(applicant_notice("receive", Status::submitted, Status::received), "received");
  EXPECT_EQ(applicant_notice("request-payment", Status::processing, Status::payment_requested),
            "payment");
  EXPECT_EQ(applicant_notice("record-payment", Status::payment_requested, Status::processing),
            "paid");
  EXPECT_EQ(applicant_notice("approve", Status::processing, Status::resolved), "result");
  EXPECT_EQ(applicant_notice("apologize", Status::processing, Status::processing), "apology");
  EXPECT_FALSE(applicant_notice("forward", Status::received, Status::processing));
  EXPECT_FALSE(applicant_notice("complete-step", Status::processing, Status::processing));
}

}  // namespace
}  // namespace motcua::core
