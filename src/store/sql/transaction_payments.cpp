// Payments through PayGov and orders with VNPost.
#include "store/sql/transaction.hpp"

namespace motcua::store::sql {
namespace {

constexpr const char* kPaymentColumns =
    "id, payment_id, dossier_id, request_seq, amount, state, transaction_id, receipt_number, "
    "created_at, paid_at, refunded_at";

app::Payment payment_from(const Row& row) {
  app::Payment p;
  p.id = row.integer(0);
  p.payment_id = row.text(1);
  p.dossier_id = row.integer(2);
  p.request_seq = row.int32(3);
  p.amount = row.integer(4);
  p.state = row.text(5);
  p.transaction_id = row.text(6);
  p.receipt_number = row.text(7);
  p.created_at = row.instant(8);
  p.paid_at = row.opt_instant(9);
  p.refunded_at = row.opt_instant(10);
  return p;
}

constexpr const char* kOrderColumns =
    "order_number, dossier_id, service, item_code, status, status_seq, created_at, updated_at";

app::PostalOrder order_from(const Row& row) {
  app::PostalOrder o;
  o.order_number = row.text(0);
  o.dossier_id = row.integer(1);
  o.service = row.text(2);
  o.item_code = row.text(3);
  o.status = row.text(4);
  o.status_seq = row.int32(5);
  o.created_at = row.instant(6);
  o.updated_at = row.instant(7);
  return o;
}

}  // namespace

long long SqlTransaction::insert_payment(const app::Payment& p) {
  return insert_returning_id(
      "INSERT INTO payments (payment_id, dossier_id, request_seq, amount, state, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      {p.payment_id, p.dossier_id, p.request_seq, p.amount, p.state, p.created_at});
}

std::optional<app::Payment> SqlTransaction::find_payment(const std::string& payment_id) {
  const auto rows = db_.query(std::string("SELECT ") + kPaymentColumns +
                                  " FROM payments WHERE payment_id = $1" + lock_suffix(),
                              {payment_id});
  if (rows.empty()) return std::nullopt;
  return payment_from(rows.front());
}

std::optional<app::Payment> SqlTransaction::find_payment_for_request(long long dossier_id,
                                                                     int request_seq) {
  const auto rows = db_.query(std::string("SELECT ") + kPaymentColumns +
                                  " FROM payments WHERE dossier_id = $1 AND request_seq = $2",
                              {dossier_id, request_seq});
  if (rows.empty()) return std::nullopt;
  return payment_from(rows.front());
}

std::vector<app::Payment> SqlTransaction::list_payments(long long dossier_id) {
  std::vector<app::Payment> payments;
  for (const auto& row : db_.query(std::string("SELECT ") + kPaymentColumns +
                                       " FROM payments WHERE dossier_id = $1 ORDER BY id",
                                   {dossier_id}))
    payments.push_back(payment_from(row));
  return payments;
}

bool SqlTransaction::transition_payment(const app::Payment& p, const std::string& from) {
  return !db_.query(
                 "UPDATE payments SET state = $2, transaction_id = $3, receipt_number = $4, "
                 "paid_at = $5, refunded_at = $6 WHERE payment_id = $1 AND state = $7 "
                 "RETURNING id",
                 {p.payment_id, p.state, p.transaction_id, p.receipt_number, p.paid_at,
                  p.refunded_at, from})
              .empty();
}

std::vector<app::Payment> SqlTransaction::list_payments_in_state(const std::string& state,
                                                                 core::Instant created_before,
                                                                 int limit) {
  std::vector<app::Payment> payments;
  for (const auto& row :
       db_.query(std::string("SELECT ") + kPaymentColumns +
                     " FROM payments WHERE state = $1 AND created_at < $2 ORDER BY id LIMIT $3",
                 {state, created_before, limit}))
    payments.push_back(payment_from(row));
  return payments;
}

void SqlTransaction::insert_postal_order(const app::PostalOrder& o) {
  db_.exec(std::string("INSERT INTO postal_orders (") + kOrderColumns +
               ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
           {o.order_number, o.dossier_id, o.service, o.item_code, o.status, o.status_seq,
            o.created_at, o.updated_at});
}

std::optional<app::PostalOrder> SqlTransaction::find_postal_order(const std::string& order_number) {
  const auto rows = db_.query(std::string("SELECT ") + kOrderColumns +
                                  " FROM postal_orders WHERE order_number = $1" + lock_suffix(),
                              {order_number});
  if (rows.empty()) return std::nullopt;
  return order_from(rows.front());
}

std::vector<app::PostalOrder> SqlTransaction::list_postal_orders(long long dossier_id) {
  std::vector<app::PostalOrder> orders;
  for (const auto& row :
       db_.query(std::string("SELECT ") + kOrderColumns +
                     " FROM postal_orders WHERE dossier_id = $1 ORDER BY created_at",
                 {dossier_id}))
    orders.push_back(order_from(row));
  return orders;
}

bool SqlTransaction::update_postal_order(const app::PostalOrder& o) {
  // The waybill number is kept whatever the order of the news; a status only when it is newer.
  return !db_.query(
                 "UPDATE postal_orders SET item_code = CASE WHEN $2 = '' THEN item_code ELSE $2 "
                 "END, status = CASE WHEN $4 > status_seq THEN $3 ELSE status END, "
                 "status_seq = CASE WHEN $4 > status_seq THEN $4 ELSE status_seq END, "
                 "updated_at = $5 WHERE order_number = $1 RETURNING status_seq",
                 {o.order_number, o.item_code, o.status, o.status_seq, o.updated_at})
              .empty();
}

}  // namespace motcua::store::sql
