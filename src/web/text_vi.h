/*
 * Every Vietnamese text of the web page, in one place, so that it can
 * move to the gettext catalogues with the CLI's messages later.
 */
#ifndef LOA_WEB_TEXT_VI_H
#define LOA_WEB_TEXT_VI_H

#define T_SITE           "Loa — Đài truyền thanh"
#define T_NAV_SCRIPTS    "Kịch bản"
#define T_NAV_APPROVE    "Duyệt"
#define T_NAV_WEEK       "Lịch tuần"
#define T_NAV_AIR        "Đang phát"
#define T_NAV_REPORTS    "Nhật ký và báo cáo"
#define T_LOGOUT         "Đăng xuất"
#define T_LOGIN          "Đăng nhập"
#define T_USER           "Tên đăng nhập"
#define T_PASSWORD       "Mật khẩu"
#define T_LOGGED_IN_AS   "Đang đăng nhập:"
#define T_LOGIN_BAD      "Tên đăng nhập hoặc mật khẩu không đúng."
#define T_LOGIN_WAIT     "Đăng nhập sai nhiều lần. Xin thử lại sau %lld giây."
#define T_LOGIN_EXPIRED  "Trang đăng nhập đã cũ. Xin tải lại trang và thử lại."

#define T_ROLE_EDITOR    "biên tập"
#define T_ROLE_APPROVER  "duyệt"
#define T_ROLE_OPERATOR  "phát sóng"
#define T_ROLE_ADMIN     "quản trị"

#define T_SCRIPTS_TITLE  "Kịch bản"
#define T_SCRIPTS_NONE   "Chưa có kịch bản nào trong thư mục scripts/."
#define T_SCRIPT_FILE    "Tệp"
#define T_SCRIPT_ID      "Mã"
#define T_SCRIPT_NAME    "Tiêu đề"
#define T_SCRIPT_BROKEN  "(có lỗi, mở để xem)"
#define T_OPEN           "Mở"
#define T_EDIT_HELP      "Sửa nội dung bên dưới. Lỗi và cảnh báo hiện ra " \
	"bên cạnh dòng của nó sau khi bạn ngừng gõ một chút."
#define T_TEXT           "Nội dung kịch bản (YAML)"
#define T_COMMUNE        "Xã, phường"
#define T_FINDINGS       "Kết quả kiểm tra"
#define T_NO_FINDINGS    "Không có lỗi."
#define T_SPOKEN         "Lời sẽ đọc"
#define T_SPOKEN_HELP    "Cách máy đọc văn bản (như loa render --explain)."
#define T_LISTEN         "Nghe thử"
#define T_SAVE           "Lưu"
#define T_APPROVE_LINK   "Duyệt kịch bản này"
#define T_LINE           "Dòng"
#define T_COLUMN         "cột"
#define T_ERROR          "lỗi"
#define T_WARNING        "cảnh báo"
#define T_SAVED          "Đã lưu."
#define T_NOT_SAVED      "Chưa lưu: kịch bản còn lỗi."
#define T_RENDERING      "Đang tạo âm thanh…"
#define T_CHECKING       "Đang kiểm tra…"
#define T_NO_SCRIPT      "Không có kịch bản này."

#define T_APPROVE_TITLE  "Duyệt"
#define T_APPROVE_HELP   "Chọn kịch bản và xã, nghe bản sẽ phát, xem những " \
	"gì đã đổi từ lần duyệt trước, rồi duyệt."
#define T_SCRIPT         "Kịch bản"
#define T_SHOW           "Xem"
#define T_AUDIO          "Bản sẽ phát"
#define T_CHANGES        "Thay đổi từ lần duyệt trước"
#define T_CHECKS         "Lời thông báo giọng máy và số điện thoại"
#define T_NOTE           "Ghi chú"
#define T_EXAMPLE        "Số điện thoại của xã này là số ví dụ: " \
	"chỉ duyệt như bản ví dụ"
#define T_APPROVE        "Duyệt"
#define T_APPROVED       "Đã duyệt: số duyệt %lld, người duyệt %s."
#define T_NOT_APPROVER   "Chỉ người có quyền duyệt mới duyệt được."
#define T_APPROVE_BLOCKED "Không duyệt được: còn lỗi ở trên."
#define T_NEED_EXAMPLE   "Số điện thoại của xã này là số ví dụ: đánh dấu ô " \
	"“bản ví dụ” để duyệt."
#define T_LATEST         "Lần duyệt gần nhất: số %lld, lúc "
#define T_BY             "người duyệt"

#define T_LATER          "Trang này sẽ có khi phần %s của Loa xong."
#define T_LATER_AIR      "phát sóng (loa air)"
#define T_LATER_REPORT   "báo cáo (loa report)"
#define T_LATER_WEEK     "lịch tuần"

#define T_ERR_PATH       "Đường dẫn không hợp lệ."
#define T_ERR_RATE       "Quá nhiều yêu cầu. Xin đợi một lát."
#define T_ERR_METHOD     "Yêu cầu không hợp lệ."
#define T_ERR_NOT_FOUND  "Không có trang này."
#define T_ERR_LOGIN      "Xin đăng nhập trước."
#define T_ERR_CSRF       "Phiên làm việc không hợp lệ. Xin tải lại trang."
#define T_ERR_ROLE       "Tài khoản của bạn không có quyền làm việc này."
#define T_ERR_TOO_BIG    "Nội dung gửi lên quá lớn."
#define T_ERR_INTERNAL   "Có lỗi bên trong Loa. Xin thử lại."
#define T_ERR_DB         "Không mở được cơ sở dữ liệu của đài."
#define T_ERR_NAME       "Tên kịch bản không hợp lệ."

#endif
