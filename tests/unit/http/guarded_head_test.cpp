#include <gtest/gtest.h>

#include "web/http/guarded_socket.hpp"

namespace motcua::web::detail {
namespace {

TEST(HeadEnd, FindsTheBlankLine) {
  EXPECT_EQ(head_end("GET / HTTP/1.1\r\nHost: a\r\n\r\nbody"), 27u);
  EXPECT_EQ(head_end("GET / HTTP/1.1\nHost: a\n\nbody"), 24u);
  EXPECT_EQ(head_end("GET / HTTP/1.1\r\nHost: a\r\n"), std::string::npos);
}

TEST(HeadFacts, ReadsFraming) {
  const auto facts = head_facts(
      "POST /u HTTP/1.1\r\nHost: a\r\ncontent-LENGTH: 1234\r\nExpect: 100-Continue\r\n\r\n");
  EXPECT_EQ(facts.content_length, 1234u);
  EXPECT_TRUE(facts.expect_continue);
  EXPECT_FALSE(facts.transfer_encoding);
  EXPECT_TRUE(
      head_facts("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").transfer_encoding);
  EXPECT_TRUE(head_facts("POST / HTTP/1.1\r\nContent-Length: 12x\r\n\r\n").bad_length);
  EXPECT_TRUE(head_facts("GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n").upgrade);
  EXPECT_FALSE(head_facts("GET / HTTP/1.1\r\n\r\n").content_length);
}

TEST(HeadFacts, NoticesAForgedRejectMarkerInAnyCase) {
  EXPECT_TRUE(head_facts("GET / HTTP/1.1\r\nHost: a\r\nX-Motcua-Reject: 413\r\n\r\n").marked);
  EXPECT_FALSE(head_facts("GET / HTTP/1.1\r\nHost: a\r\nX-Motcua-Rejects: 1\r\n\r\n").marked);
  EXPECT_FALSE(head_facts("GET / HTTP/1.1\r\nHost: a\r\n\r\n").marked);
}

TEST(RebuildHead, RejectMarksAndDropsLength) {
  const std::string head =
      "POST /u HTTP/1.1\r\nHost: a\r\nContent-Length: 999999\r\nx-motcua-reject: 200\r\n\r\n";
  EXPECT_EQ(rebuild_head(head, 0), "POST /u HTTP/1.1\r\nHost: a\r\nContent-Length: 999999\r\n\r\n");
  EXPECT_EQ(rebuild_head(head, 413), "POST /u HTTP/1.1\r\nHost: a\r\nx-motcua-reject: 413\r\n\r\n");
  EXPECT_EQ(rebuild_head("GET / HTTP/1.1\r\nX-MOTCUA-Reject: 200\r\nHost: a\r\n\r\n", 0),
            "GET / HTTP/1.1\r\nHost: a\r\n\r\n")
      << "a forged marker goes in any case";
}

TEST(MarkedHead, KeepsTheRequestLineWhenWhole) {
  EXPECT_EQ(marked_head("GET /x HTTP/1.1\r\nCookie: aaaa", 431),
            "GET /x HTTP/1.1\r\nx-motcua-reject: 431\r\n\r\n");
  EXPECT_EQ(marked_head("GET /xxxxxxxx", 414), "GET / HTTP/1.1\r\nx-motcua-reject: 414\r\n\r\n");
}

TEST(RequestLineStatus, JudgesPartialLinesAsSoonAsPossible) {
  EXPECT_EQ(request_line_status("GET /a?b=c HTTP/1.1\r\nHost: a", 100), 0);
  EXPECT_EQ(request_line_status("GET /a HTTP/1.", 100), 0);  // still arriving
  EXPECT_EQ(request_line_status("GE", 100), 0);
  EXPECT_EQ(request_line_status("\x16\x03\x01\x02", 100), 400);  // a TLS handshake
  EXPECT_EQ(request_line_status("GET /a HTTP/1.1 extra\r\n", 100), 400);
  EXPECT_EQ(request_line_status("GET /a\r\n", 100), 400);  // HTTP/0.9
  EXPECT_EQ(request_line_status("GET  /a HTTP/1.1\r\n", 100), 400);
  EXPECT_EQ(request_line_status("GET /a\x01b HTTP/1.1\r\n", 100), 400);
  EXPECT_EQ(request_line_status("GET /a HTXP/1.1\r\n", 100), 400);
  EXPECT_EQ(request_line_status("GET /" + std::string(100, 'a'), 100), 414);
  EXPECT_EQ(request_line_status("GET /" + std::string(98, 'a') + " HTTP/1.1\r\n", 100), 0);
}

TEST(HeadFacts, CountsFieldsAndFlagsMalformedOnes) {
  const auto good = head_facts("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\tc\r\n\r\n");
  EXPECT_EQ(good.fields, 2u);
  EXPECT_FALSE(good.malformed);
  EXPECT_TRUE(head_facts("GET / HTTP/1.1\r\nHost a\r\n\r\n").malformed);
  EXPECT_TRUE(head_facts("GET / HTTP/1.1\r\nHost : a\r\n\r\n").malformed);
  EXPECT_TRUE(head_facts("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n").malformed);
  EXPECT_TRUE(head_facts("GET / HTTP/1.1\r\nHost: a\x01\r\n\r\n").malformed);
}

// RFC 9110's token: letters, digits and fifteen marks; nothing else, no byte above ASCII.
TEST(HeadFacts, AFieldNameIsATokenOfRfc9110) {
  EXPECT_FALSE(head_facts("GET / HTTP/1.1\r\nAz09!#$%&'*+-.^_`|~: v\r\n\r\n").malformed);
  for (const std::string bad :
       {"X(", "X)", "X,", "X/", "X;", "X=", "X@", "X[", "X{", "X\"", "X\xc3\xa9", "X\x7f"})
    EXPECT_TRUE(head_facts("GET / HTTP/1.1\r\n" + bad + ": v\r\n\r\n").malformed) << bad;
}

}  // namespace
}  // namespace motcua::web::detail
