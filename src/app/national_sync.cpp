#include "app/national_sync.hpp"

#include "app/applicant_notices.hpp"
#include "app/outbox.hpp"
#include "app/postal_orders.hpp"
#include "core/national_codes.hpp"

namespace motcua::app {
namespace {

using nlohmann::json;

std::string optional_time(const std::optional<core::Instant>& at) {
  return at ? core::national_time(*at) : std::string();
}

std::string unit_name(Transaction& tx, long long unit_id) {
  const auto unit = tx.find_unit(unit_id);
  return unit ? unit->name : std::string();
}

json result_documents(Transaction& tx, const core::Dossier& dossier) {
  json documents = json::array();
  for (const auto& file : tx.list_files(dossier.id)) {
    if (file.purpose != "result") continue;
    documents.push_back({{"TenGiayTo", file.original_name},
                         {"GiayToId", std::to_string(file.id)},
                         {"DuongDanTepTinKetQua", file.sha256}});
  }
  return documents;
}

// A dossier filed on the national portal arrived there as "receiving": its arrival is not news.
bool portal_knows(const core::Dossier& dossier, const core::DossierEvent& event) {
  return event.action == "submit" && dossier.channel == core::Channel::national_portal;
}

void sync_status(const Services& services, Transaction& tx, const core::Dossier& dossier,
                 const core::DossierEvent& event) {
  if (event.from == event.to || event.to == core::Status::draft || portal_knows(dossier, event))
    return;
  const auto& clock = dossier.clock;
  json body = {{"MaHoSo", dossier.code},
               {"MaTTHC", dossier.procedure_code},
               {"TenTTHC", dossier.procedure_name},
               {"TrangThaiHoSo", core::status_code(event.to)},
               {"KenhThucHien", core::national_channel(dossier.channel)},
               {"ChuHoSo", dossier.applicant_name},
               {"SoGiayToChuHoSo", dossier.applicant.id_number},
               {"NgayNopHoSo", optional_time(dossier.submitted_at)},
               {"NgayTiepNhan", optional_time(clock.received_at)},
               {"NgayHenTra", optional_time(clock.due_at)},
               {"NgayTra", optional_time(dossier.returned_at)},
               {"NgayKetThucXuLy",
                event.to == core::Status::resolved ? core::national_time(event.at) : std::string()},
               {"DonViXuLy", unit_name(tx, dossier.competent_unit_id)},
               {"NguoiXuLy", event.actor},
               {"NoiDungXuLy", event.comment},
               {"ThoiDiemXuLy", core::national_time(event.at)}};
  if (event.to == core::Status::resolved || event.to == core::Status::returned)
    body["DanhSachGiayToKetQua"] = result_documents(tx, dossier);
  enqueue(services, tx,
          {"dvcqg", "status", "dvcqg:status:" + dossier.code + ":" + std::to_string(event.seq),
           dossier_stream("dvcqg", dossier), dossier.id, body});
}

void track_event(const Services& services, Transaction& tx, const core::Dossier& dossier,
                 const core::DossierEvent& event) {
  if (event.to == core::Status::draft) return;
  const auto procedure = tx.find_procedure_version(dossier.procedure_version_id);
  const bool paid_online = !tx.list_payments(dossier.id).empty();
  const json body = {
      {"SiteId", services.policy.emc_site_id},
      {"CodeProfile", dossier.code},
      {"MaHoSo", dossier.code},
      {"CodeTTHC", dossier.procedure_code},
      {"NameTTHC", dossier.procedure_name},
      {"Status", core::emc_status(event.to)},
      {"FormsReception", core::emc_forms_reception(dossier.channel)},
      {"FormsPayments", paid_online ? 1 : 0},
      {"Level", procedure ? core::emc_level(procedure->level) : 0},
      {"IsFromDVCQG", dossier.channel == core::Channel::national_portal ? 1 : 0},
      {"IsDVCBC", core::emc_postal(dossier.return_method, dossier.channel)},
      {"User",
       {{"ID_local", std::to_string(dossier.owner_id)},
        {"ID_QG", dossier.applicant.id_number},
        {"TYPE", core::emc_user_type(dossier.applicant.id_number)},
        {"LOCATION", services.policy.province_code}}},
      {"Data", {{"action", event.action}, {"seq", event.seq}, {"at", core::format_iso(event.at)}}}};
  enqueue(services, tx,
          {"emc", "event", "emc:" + dossier.code + ":" + std::to_string(event.seq),
           dossier_stream("emc", dossier), dossier.id, body});
}

void refund_payments(const Services& services, Transaction& tx, const core::Dossier& dossier,
                     const core::DossierEvent& event) {
  if (event.to != core::Status::stopped && event.to != core::Status::withdrawn) return;
  for (const auto& payment : tx.list_payments(dossier.id)) {
    if (payment.state != kPaymentPaid) continue;
    enqueue(services, tx,
            {"paygov",
             "refund",
             "paygov:refund:" + payment.payment_id,
             "payment:" + payment.payment_id,
             dossier.id,
             {{"MaThamChieu", payment.payment_id},
              {"MaGiaoDich", payment.transaction_id},
              {"SoTien", payment.amount},
              {"LyDo", event.comment}}});
  }
}

}  // namespace

std::string dossier_stream(const std::string& system, const core::Dossier& dossier) {
  return system + ":" + dossier.code;
}

void announce_event(const Services& services, Transaction& tx, const core::Dossier& dossier,
                    const core::DossierEvent& event) {
  if (services.sender == nullptr || dossier.code.empty()) return;
  sync_status(services, tx, dossier, event);
  track_event(services, tx, dossier, event);
  notify_applicant(services, tx, dossier, event);
  deliver_result_by_post(services, tx, dossier, event);
  refund_payments(services, tx, dossier, event);
}

}  // namespace motcua::app
