#pragma once
// What the public postal service does for a dossier (Decision 45/2016/QĐ-TTg on receiving
// dossiers and returning results by post): it picks the paper dossier up from the applicant while
// the unit still waits for papers, and it delivers the result.
#include <string_view>

#include "core/status.hpp"

namespace motcua::core {

// The applicant may send papers by post while the dossier waits to be received, is being
// received, or waits for the papers asked for.
constexpr bool papers_may_be_picked_up(Status status) {
  return status == Status::submitted || status == Status::received ||
         status == Status::supplement_requested;
}

// An order is done once VNPost delivered it or sent it back; before, a second one would be sent
// for the same papers.
constexpr bool postal_order_done(std::string_view status) {
  return status == "delivered" || status == "returned";
}

}  // namespace motcua::core
