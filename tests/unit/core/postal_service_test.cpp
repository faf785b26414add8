#include "core/postal_service.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

TEST(PostalService, PapersArePickedUpOnlyWhileTheUnitWaitsForThem) {
  EXPECT_TRUE(papers_may_be_picked_up(Status::submitted));
  EXPECT_TRUE(papers_may_be_picked_up(Status::received));
  EXPECT_TRUE(papers_may_be_picked_up(Status::supplement_requested));
  for (const auto status : {Status::draft, Status::refused, Status::processing,
                            Status::payment_requested, Status::withdrawn, Status::stopped,
                            Status::resolved, Status::returned})
    EXPECT_FALSE(papers_may_be_picked_up(status)) << static_cast<int>(status);
}

TEST(PostalService, AnOrderIsDoneOnceDeliveredOrSentBack) {
  EXPECT_TRUE(postal_order_done("delivered"));
  EXPECT_TRUE(postal_order_done("returned"));
  for (const auto* status : {"requested", "registered", "accepted", "picked_up", "in_transit"})
    EXPECT_FALSE(postal_order_done(status)) << status;
}

}  // namespace
}  // namespace motcua::core
