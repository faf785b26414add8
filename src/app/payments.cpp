#include "app/payments.hpp"

#include <cstdio>

#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "app/outbox.hpp"
#include "core/national_codes.hpp"

namespace motcua::app {
namespace {

using core::Status;

// The request-payment event the dossier is waiting on: its seq and amount.
std::optional<core::DossierEvent> payment_request_event(Transaction& tx, long long dossier_id) {
  const auto events = tx.list_events(dossier_id);
  for (auto it = events.rbegin(); it != events.rend(); ++it) {
    if (it->action == "request-payment") return *it;
  }
  return std::nullopt;
}

long long requested_amount(const core::DossierEvent& event) {
  const auto payload = nlohmann::json::parse(event.payload, nullptr, false);
  if (!payload.is_object() || !payload.contains("amount") || !payload["amount"].is_number())
    return 0;
  return payload["amount"].get<long long>();
}

// "BL2026-000042": one series per year, numbered by the payment's row.
std::string receipt_number(const Payment& payment, core::Instant at) {
  char text[48];
  std::snprintf(text, sizeof text, "BL%d-%06lld", static_cast<int>(core::to_local(at).date.year()),
                payment.id);
  return text;
}

nlohmann::json init_message(const Services& services, Transaction& tx, const core::Dossier& dossier,
                            const Payment& payment) {
  const auto unit = tx.find_unit(dossier.competent_unit_id);
  const auto base = services.policy.public_url;
  return {{"LoaiBanTin", "INIT"},
          {"PhienBan", "1.0.6"},
          {"MaThamChieu", payment.payment_id},
          {"SoTien", payment.amount},
          {"LoaiHinhThanhToan", "PAY"},
          {"MaTienTe", "VND"},
          {"NgonNgu", "vi-VN"},
          {"ThongTinGiaoDich", "Phí, lệ phí hồ sơ " + dossier.code},
          {"ThoiGianGD", core::national_time(payment.created_at)},
          {"UrlCallback", base + "/api/v1/integrations/paygov/callback"},
          {"UrlReturn", base + "/ho-so/" + dossier.code},
          {"ThongTinBienLai",
           {{"MaHoSo", dossier.code},
            {"MaTTHC", dossier.procedure_code},
            {"TenTTHC", dossier.procedure_name},
            {"MaDonVi", unit ? unit->code : ""},
            {"TenDonVi", unit ? unit->name : ""},
            {"HoTenNguoiNop", dossier.applicant_name},
            {"SoCMNDNguoiNop", dossier.applicant.id_number}}}};
}

core::Dossier owned_dossier(Transaction& tx, const Principal& who, const std::string& code) {
  auto dossier = tx.find_dossier_by_code(code);
  if (!dossier || dossier->owner_id != who.user.id) throw_not_found("dossier");
  return *dossier;
}

}  // namespace

PaymentRequest Payments::request(const Principal& who, const std::string& code) {
  if (services_.payments == nullptr)
    throw AppError(ErrorKind::unavailable, "payments_unavailable", "error.payments_unavailable");
  PaymentRequest result;
  services_.store.write([&](Transaction& tx) {
    const auto dossier = owned_dossier(tx, who, code);
    if (dossier.lifecycle.status != Status::payment_requested)
      throw AppError(ErrorKind::conflict, "no_payment_requested", "error.no_payment_requested");
    const auto event = payment_request_event(tx, dossier.id);
    if (!event || requested_amount(*event) <= 0)
      throw AppError(ErrorKind::conflict, "no_payment_requested", "error.no_payment_requested");
    const auto seq = static_cast<int>(event->seq);
    if (auto existing = tx.find_payment_for_request(dossier.id, seq)) {
      result.payment = *existing;
      return;
    }
    Payment payment;
    payment.payment_id = "TT-" + dossier.code + "-" + std::to_string(seq);
    payment.dossier_id = dossier.id;
    payment.request_seq = seq;
    payment.amount = requested_amount(*event);
    payment.created_at = services_.clock.now();
    payment.id = tx.insert_payment(payment);
    enqueue(services_, tx,
            {"paygov", "init", "paygov:init:" + payment.payment_id, "payment:" + payment.payment_id,
             dossier.id, init_message(services_, tx, dossier, payment)});
    result.payment = payment;
  });
  result.pay_url = services_.payments->pay_url(result.payment.payment_id);
  return result;
}

std::vector<Payment> Payments::list(const Principal& who, const std::string& code) {
  std::vector<Payment> payments;
  services_.store.read([&](Transaction& tx) {
    payments = tx.list_payments(viewable_dossier(tx, who.user, code).id);
  });
  return payments;
}

void Payments::confirm(const PaymentConfirmation& confirmation) {
  const bool authentic =
      services_.sender != nullptr &&
      services_.sender->authentic("paygov",
                                  {confirmation.payment_id, confirmation.transaction_id,
                                   std::to_string(confirmation.amount), confirmation.result},
                                  confirmation.mac);
  if (!authentic) throw_invalid({{"MaXacThuc", "error.signature"}});
  if (confirmation.result != "00") return;
  settle_paid(confirmation, "callback");
}

int Payments::reconcile(std::chrono::seconds older_than) {
  if (services_.payments == nullptr) return 0;
  std::vector<Payment> pending;
  services_.store.read([&](Transaction& tx) {
    pending = tx.list_payments_in_state(kPaymentPending, services_.clock.now() - older_than, 100);
  });
  int paid = 0;
  for (const auto& payment : pending) {
    const auto state = services_.payments->check(payment.payment_id);
    if (!state || !state->paid) continue;
    settle_paid({payment.payment_id, state->transaction_id, state->amount, "00", "", ""}, "check");
    ++paid;
  }
  return paid;
}

void Payments::settle_paid(const PaymentConfirmation& confirmation, const std::string& source) {
  const auto now = services_.clock.now();
  services_.store.write([&](Transaction& tx) {
    auto payment = tx.find_payment(confirmation.payment_id);
    if (!payment) throw_not_found("payment");
    append_log(tx, {.direction = "in",
                    .system = "paygov",
                    .kind = source,
                    .key = "paygov:paid:" + payment->payment_id,
                    .dossier_id = payment->dossier_id,
                    .request = confirmation.raw,
                    .status = 200,
                    .at_ms = services_.clock.now_ms()});
    if (payment->state != kPaymentPending) return;  // a repeat: already counted
    if (confirmation.amount != payment->amount)
      throw_invalid({{"SoTien", "error.amount_mismatch"}});
    payment->state = kPaymentPaid;
    payment->transaction_id = confirmation.transaction_id;
    payment->paid_at = now;
    payment->receipt_number = receipt_number(*payment, now);
    if (!tx.transition_payment(*payment, kPaymentPending)) return;
    auto dossier = tx.find_dossier(payment->dossier_id);
    const auto current = dossier ? payment_request_event(tx, dossier->id) : std::nullopt;
    if (!dossier || dossier->lifecycle.status != Status::payment_requested || !current ||
        current->seq != payment->request_seq)
      return;
    // The centre collects fees for the competent units (requirements §13.9): PayGov's confirmation
    // is taken on its behalf.
    const auto decision =
        core::decide(dossier->lifecycle, core::Action::record_payment, core::Role::reception);
    if (!decision.to) return;
    dossier->lifecycle =
        core::apply(dossier->lifecycle, core::Action::record_payment, *decision.to);
    record_event(services_, tx, *dossier, "paygov", "record-payment", Status::payment_requested,
                 *decision.to, "", {{"receipt_number", payment->receipt_number}}, now);
  });
}

}  // namespace motcua::app
