#pragma once
#include <chrono>
#include <map>
#include <set>
#include <string>

#include "app/ports/account_notifier.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/crypto.hpp"
#include "app/ports/document_signer.hpp"
#include "app/ports/file_store.hpp"
#include "app/ports/identity_provider.hpp"
#include "app/ports/log_sealer.hpp"
#include "app/ports/message_sender.hpp"
#include "app/ports/national_catalog.hpp"
#include "app/ports/national_portal_feed.hpp"
#include "app/ports/payment_gateway.hpp"
#include "app/ports/printer.hpp"
#include "app/ports/qr_encoder.hpp"
#include "app/ports/remote_signer.hpp"
#include "app/ports/spreadsheet_writer.hpp"
#include "app/ports/store.hpp"
#include "app/ports/text_catalog.hpp"
#include "app/ports/thumbnailer.hpp"
#include "core/feedback.hpp"
#include "core/retry_schedule.hpp"
#include "core/role.hpp"

namespace motcua::app {

// Deployment settings that are not versioned rules (those live in the store's settings table).
struct Policy {
  int max_failed_logins = 5;               // requirements §8: lockout after N failures
  std::chrono::minutes lockout{15};        // per user name and client address
  std::chrono::hours longest_lockout{24};  // repeated lockouts double up to this
  std::chrono::minutes session_idle{30};   // requirements §8: idle timeout 15–30 min
  std::chrono::hours session_max{12};
  long long max_file_bytes = 10LL * 1024 * 1024;     // per uploaded file
  long long max_dossier_bytes = 50LL * 1024 * 1024;  // all files of one dossier
  // Quotas on what one account's open drafts hold (a filed dossier no longer counts); 0: none.
  long long max_drafts_per_account = 50;
  long long max_bytes_per_account = 500LL * 1024 * 1024;  // files of all its drafts
  bool demo = false;
  // Requirements §8: days a password stays valid, by role (0: never expires). Officials and
  // administrators at most 90; applicants keep theirs (they will sign in with VNeID). A user with
  // several roles gets the shortest non-zero age.
  std::map<core::Role, int> password_max_age_days{
      {core::Role::reception, 90}, {core::Role::specialist, 90}, {core::Role::leader, 90},
      {core::Role::admin, 90},     {core::Role::citizen, 0},     {core::Role::business, 0}};
  // Requirements §8 MFA: accounts created with these roles must enrol in two-factor login, and
  // a session waits this long at most for the one-time code after the password.
  std::set<core::Role> two_factor_roles{core::Role::admin, core::Role::leader};
  std::chrono::seconds second_factor_window{std::chrono::minutes(5)};
  // Requirements §8: a reset link stays valid this long at most (≤ 8 h).
  std::chrono::minutes password_reset_validity{std::chrono::hours(8)};
  // requirements §13.6. Where citizens file on the national portal, its procedure page
  // with "{code}" for the procedure code; empty where they file on this portal.
  std::string national_portal_url;
  // the portal's public address (form 01's QR code opens <public_url>/tra-cuu?ma=<code>)
  // and the authority printed at the head of the forms ("UBND TỈNH …").
  std::string public_url;
  std::string authority_name;
  // EMC (requirements §10): this system's site id and the province's code in the events.
  std::string emc_site_id;
  std::string province_code;
  core::RetryPolicy retry;  // how the outbox tries a failed delivery again
  // A claimed message stays out of other passes' reach this long, and a pass claims at most
  // `outbox_batch` messages: the lease must outlast the batch's sends, so that only a process that
  // died lets its messages go, and a restarted one waits no longer than the lease to resend them.
  std::chrono::milliseconds outbox_lease{std::chrono::minutes(2)};
  // Working days an official has to answer a feedback (phản ánh, kiến nghị).
  int feedback_answer_days = core::kFeedbackAnswerDays;
  int outbox_batch = 16;
};

// The ports a use case may call, bundled so handlers pass one thing.
struct Services {
  Store& store;
  FileStore& files;
  const Clock& clock;
  const Crypto& crypto;
  Policy policy;
  const Printer* printer = nullptr;  // absent where no PDF is ever drawn (tools, some tests)
  const Thumbnailer* thumbnailer = nullptr;           // absent, images get no thumbnail
  const AccountNotifier* account_notifier = nullptr;  // absent: reset links cannot be sent
  const QrEncoder* qr_encoder = nullptr;              // absent: enrolment shows the secret only
  const DocumentSigner* signer = nullptr;             // absent: nothing is signed or verified
  const SpreadsheetWriter* spreadsheets = nullptr;    // absent: no Excel exports
  // The national connections; absent: nothing leaves the system.
  const MessageSender* sender = nullptr;
  const PaymentGateway* payments = nullptr;
  const NationalPortalFeed* national_feed = nullptr;
  const NationalCatalog* national_catalog = nullptr;
  const TextCatalog* texts = nullptr;          // absent: no SMS or e-mail is written
  const IdentityProvider* identity = nullptr;  // absent: no VNeID sign-in
  const LogSealer* log_sealer = nullptr;       // absent: the message log is chained, not sealed
  const RemoteSigner* esign = nullptr;         // absent: declarations are filed unsigned
};

}  // namespace motcua::app
