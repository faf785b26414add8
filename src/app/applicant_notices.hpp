#pragma once
// The applicant's notices by SMS and e-mail (core/applicant_notices decides which events), in
// Vietnamese then English, by the channel their account chose, falling back to the other contact
// when the chosen one is missing.
#include "app/services.hpp"
#include "core/event_chain.hpp"

namespace motcua::app {

void notify_applicant(const Services& services, Transaction& tx, const core::Dossier& dossier,
                      const core::DossierEvent& event);

}  // namespace motcua::app
