#pragma once
// The applicant's notices by SMS and e-mail (core/applicant_notices decides which events), in
// Vietnamese then English, by the channel their account chose (none for "portal"), falling back to
// the other contact when the chosen one is missing or fails to reach them; a dossier without an
// applicant's account uses every contact it has.
#include "app/services.hpp"
#include "core/event_chain.hpp"

namespace motcua::app {

void notify_applicant(const Services& services, Transaction& tx, const core::Dossier& dossier,
                      const core::DossierEvent& event);

// The same notice by the other channel, when the applicant has that contact: for a notice the
// gateway could not deliver (its receipt said so, or every attempt failed). Sending it twice
// changes nothing: each channel's notice has one key.
void notify_by_other_channel(const Services& services, Transaction& tx,
                             const OutboxMessage& undelivered);

}  // namespace motcua::app
