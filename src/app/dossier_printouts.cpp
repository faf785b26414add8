#include "app/dossier_printouts.hpp"

#include "app/document_signing.hpp"
#include "app/dossier_flow.hpp"
#include "app/dossier_results.hpp"
#include "app/errors.hpp"

namespace motcua::app {
namespace {

// Everything a printout shows, read in the caller's transaction.
DossierDetail detail_in(Transaction& tx, const core::Dossier& dossier) {
  DossierDetail detail;
  detail.dossier = dossier;
  detail.procedure = tx.find_procedure_version(dossier.procedure_version_id).value();
  for (auto& file : tx.list_files(dossier.id)) {
    if (file.purpose != kResultPurpose) detail.files.push_back(std::move(file));
  }
  if (auto unit = tx.find_unit(dossier.receiving_unit_id)) detail.receiving_unit = *unit;
  if (auto unit = tx.find_unit(dossier.competent_unit_id)) detail.competent_unit = *unit;
  return detail;
}

PrintContext context_in(Transaction& tx, const Services& services, const core::Dossier& dossier,
                        const std::string& lang) {
  PrintContext context;
  context.lang = lang;
  context.lookup_url = lookup_url(services.policy, dossier.code);
  context.province_name = services.policy.authority_name;
  context.applicant_name = dossier.applicant_name;
  if (auto owner = tx.find_user(dossier.owner_id)) {
    if (context.applicant_name.empty()) context.applicant_name = owner->full_name;
    context.applicant_address = owner->address;
    context.applicant_phone = owner->phone;
    context.applicant_email = owner->email;
    context.applicant_citizen_id = owner->citizen_id;
  }
  return context;
}

const Printer& printer_of(const Services& services) {
  if (!services.printer)
    throw AppError(ErrorKind::unavailable, "printer_unavailable", "error.unavailable");
  return *services.printer;
}

// The official recorded as receiving the dossier, for the signature line of form 01.
std::string receiver_of(Transaction& tx, const core::Dossier& dossier) {
  for (const auto& event : tx.list_events(dossier.id)) {
    if (event.action != "receive") continue;
    if (auto user = tx.find_user_by_username(event.actor)) return user->full_name;
  }
  return "";
}

// Every form the unit issues carries its signature (API.md "Printouts"), once it holds a key;
// before that (nullopt here) the form is issued as drawn.
std::optional<std::string> signed_by_unit(Services& services, Transaction& tx,
                                          const core::Dossier& dossier, long long unit_id,
                                          const std::string& kind, const std::string& bytes) {
  const auto unit = tx.find_unit(unit_id);
  if (!unit || !unit_can_sign(services, *unit)) return std::nullopt;
  return sign_document(services, tx, dossier, *unit, bytes, {kind, std::nullopt, ""}).bytes;
}

std::string keep_form_01(Services& services, Transaction& tx, const core::Dossier& dossier,
                         const std::string& receiver_name) {
  auto context = context_in(tx, services, dossier, "vi");
  context.receiver_name = receiver_name;
  const auto drawn =
      printer_of(services).render(Printout::form_01, detail_in(tx, dossier), context);
  auto bytes = signed_by_unit(services, tx, dossier, dossier.receiving_unit_id, kForm01, drawn)
                   .value_or(drawn);
  StoredPrintout printout{dossier.id, kForm01, services.files.put(bytes),
                          static_cast<long long>(bytes.size()), services.clock.now()};
  tx.insert_printout(printout);
  return bytes;
}

}  // namespace

std::string lookup_url(const Policy& policy, const std::string& code) {
  auto base = policy.public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/tra-cuu?ma=" + code;  // codes hold only A–Z, 0–9, '.' and '-': nothing to escape
}

void issue_form_01(Services& services, Transaction& tx, const core::Dossier& dossier,
                   const User& receiver) {
  if (!services.printer) return;
  keep_form_01(services, tx, dossier, receiver.full_name);
}

std::string DossierPrintouts::acknowledgement(const Principal& who, const std::string& code,
                                              const std::string& lang) {
  DossierDetail detail;
  PrintContext context;
  services_.store.read([&](Transaction& tx) {
    auto dossier = tx.find_dossier_by_code(code);
    if (!dossier || dossier->owner_id != who.user.id || !dossier->submitted_at)
      throw_not_found("dossier");
    detail = detail_in(tx, *dossier);
    context = context_in(tx, services_, *dossier, lang);
  });
  // Drawn outside the transaction: a PDF takes longer than the read needs to hold a connection.
  return printer_of(services_).render(Printout::acknowledgement, detail, context);
}

std::string DossierPrintouts::form_01(const Principal& who, const std::string& code) {
  std::optional<std::string> bytes;
  std::optional<StoredPrintout> kept;
  services_.store.read([&](Transaction& tx) {
    auto dossier = tx.find_dossier_by_code(code);
    if (!dossier || !may_view(who.user, *dossier, tx.list_units())) throw_not_found("dossier");
    if (!dossier->clock.received_at)
      throw AppError(ErrorKind::conflict, "not_received", "error.transition_not_allowed");
    kept = tx.find_printout(dossier->id, kForm01);
  });
  if (kept) {
    bytes = services_.files.get(kept->sha256);
    if (!bytes) throw AppError(ErrorKind::unavailable, "file_missing", "error.unavailable");
    return *bytes;
  }
  services_.store.write([&](Transaction& tx) {
    auto dossier = tx.find_dossier_by_code(code).value();
    if (auto again = tx.find_printout(dossier.id, kForm01)) {
      bytes = services_.files.get(again->sha256);  // drawn meanwhile by another request
    }
    if (!bytes) bytes = keep_form_01(services_, tx, dossier, receiver_of(tx, dossier));
  });
  return *bytes;
}

namespace {

// The action that issues each form: its latest occurrence fills the form.
const char* issuing_action(Printout form) {
  switch (form) {
    case Printout::form_02:
      return "request-supplement";
    case Printout::form_03:
      return "refuse";
    case Printout::form_04:
      return "apologize";
    case Printout::form_05:
      return "stop";
    default:
      return "";
  }
}

std::optional<core::Instant> payload_instant(const nlohmann::json& payload, const char* key) {
  if (!payload.contains(key) || !payload[key].is_string()) return std::nullopt;
  return core::parse_iso(payload[key].get<std::string>());
}

// The form as a signed document's kind: "form_02" …
std::string form_kind(Printout form) {
  const int number = static_cast<int>(form) - static_cast<int>(Printout::form_01) + 1;
  return "form_0" + std::to_string(number);
}

// A signed notice is kept per language and per state of the dossier's history (its event count):
// the same request serves the same signed bytes, and a new event issues a new one.
std::string issued_kind(Printout form, const std::string& lang, bool numbering_2018,
                        std::size_t events) {
  return form_kind(form) + ":" + lang + (numbering_2018 ? ":2018:" : ":") + std::to_string(events);
}

// Decree 61/2018 Art 17–19: the desk issues the requests, refusals and control sheet; the
// unit that handles the dossier apologises for its delay and stops the handling.
long long issuing_unit(Printout form, const core::Dossier& dossier) {
  const bool handler = form == Printout::form_04 || form == Printout::form_05;
  return handler ? dossier.competent_unit_id : dossier.receiving_unit_id;
}

// Fills the context from the issuing event; false when the dossier has none.
bool fill_from_event(Transaction& tx, const DossierDetail& detail, Printout form,
                     PrintContext& context) {
  if (form == Printout::form_06) return detail.dossier.clock.received_at.has_value();
  const std::string action = issuing_action(form);
  for (auto it = detail.events.rbegin(); it != detail.events.rend(); ++it) {
    if (it->action != action) continue;
    context.action_at = it->at;
    context.reason = it->comment;
    const auto actor = tx.find_user_by_username(it->actor);
    context.action_by = actor ? actor->full_name : it->actor;
    const auto payload = nlohmann::json::parse(it->payload, nullptr, false);
    if (payload.is_object()) {
      context.old_due_at = payload_instant(payload, "old_due_at");
      context.new_due_at = payload_instant(payload, "new_due_at");
      for (const auto& id : payload.value("components", nlohmann::json::array()))
        for (const auto& component : detail.procedure.components)
          if (id.is_string() && component.id == id.get<std::string>())
            context.items.push_back(component.name);
    }
    return true;
  }
  return false;
}

}  // namespace

std::string DossierPrintouts::notice(const Principal& who, const std::string& code, Printout form,
                                     const std::string& lang, bool numbering_2018) {
  Drawing drawing{.form = form};
  services_.store.read([&](Transaction& tx) {
    auto dossier = tx.find_dossier_by_code(code);
    if (!dossier || !may_view(who.user, *dossier, tx.list_units())) throw_not_found("dossier");
    drawing.detail = detail_in(tx, *dossier);
    drawing.detail.events = tx.list_events(dossier->id);
    drawing.context = context_in(tx, services_, *dossier, lang);
    drawing.context.numbering_2018 = numbering_2018;
    if (!fill_from_event(tx, drawing.detail, form, drawing.context)) throw_not_found("form");
    drawing.kind = issued_kind(form, lang, numbering_2018, drawing.detail.events.size());
    drawing.signed_kind = form_kind(form);
    drawing.unit_id = issuing_unit(form, *dossier);
    drawing.kept = tx.find_printout(dossier->id, drawing.kind);
  });
  return issue(drawing);
}

std::string DossierPrintouts::payment_receipt(const Principal& who, const std::string& code,
                                              const std::string& payment_id,
                                              const std::string& lang) {
  Drawing drawing{.form = Printout::payment_receipt};
  services_.store.read([&](Transaction& tx) {
    const auto dossier = viewable_dossier(tx, who.user, code);
    const auto payment = tx.find_payment(payment_id);
    if (!payment || payment->dossier_id != dossier.id || !payment->paid_at)
      throw_not_found("payment");
    drawing.detail = detail_in(tx, dossier);
    drawing.context = context_in(tx, services_, dossier, lang);
    drawing.context.receipt =
        ReceiptDetails{payment->receipt_number, payment->payment_id, payment->transaction_id,
                       payment->amount, *payment->paid_at};
    // Decree 11/2020 Art 30: the competent unit collects the fee and signs its receipt.
    drawing.kind = "payment_receipt:" + payment->payment_id + ":" + lang;
    drawing.signed_kind = "payment_receipt";
    drawing.unit_id = dossier.competent_unit_id;
    drawing.kept = tx.find_printout(dossier.id, drawing.kind);
  });
  return issue(drawing);
}

// Serves the kept bytes, else draws the document, signs it with the unit's key and keeps it, so
// the same request serves the same signed bytes. Unsigned drawings are not kept: they are drawn
// again once the unit holds a key.
std::string DossierPrintouts::issue(const Drawing& drawing) {
  if (drawing.kept) {
    if (auto bytes = services_.files.get(drawing.kept->sha256)) return *bytes;
  }
  auto bytes = printer_of(services_).render(drawing.form, drawing.detail, drawing.context);
  services_.store.write([&](Transaction& tx) {
    const auto& dossier = drawing.detail.dossier;
    auto issued =
        signed_by_unit(services_, tx, dossier, drawing.unit_id, drawing.signed_kind, bytes);
    if (!issued) return;
    tx.insert_printout({dossier.id, drawing.kind, services_.files.put(*issued),
                        static_cast<long long>(issued->size()), services_.clock.now()});
    bytes = std::move(*issued);
  });
  return bytes;
}

}  // namespace motcua::app
