#pragma once
// What leaves the system when a dossier event happens, queued in the event's own transaction: the
// status to the national portal (requirements §9.3), the event to EMC (§10), the applicant's
// notices by SMS and e-mail, the postal order of a result sent by post (§9.5) and the refund of a
// fee paid for a dossier that was stopped or withdrawn.
#include "app/services.hpp"
#include "core/event_chain.hpp"

namespace motcua::app {

void announce_event(const Services& services, Transaction& tx, const core::Dossier& dossier,
                    const core::DossierEvent& event);

// The streams a dossier's messages are delivered in, one per system.
std::string dossier_stream(const std::string& system, const core::Dossier& dossier);

}  // namespace motcua::app
