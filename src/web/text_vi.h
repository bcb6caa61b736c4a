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
#define T_SCRIPT_NAME    "Tiêu đề"
#define T_SCRIPT_BROKEN  "(có lỗi, mở để xem)"
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
#define T_NEW_TITLE      "Kịch bản mới"
#define T_NEW_HELP       "Ghi tiêu đề bài và tên tệp, chọn bắt đầu từ bản " \
	"trống hay chép một kịch bản có sẵn, rồi bấm “Tạo kịch bản”: trang " \
	"soạn thảo mở ra để bạn viết tiếp."
#define T_NEW_NAME       "Tên tệp (chữ thường không dấu, số, dấu gạch ngang)"
#define T_NEW_FROM       "Bắt đầu từ"
#define T_NEW_BLANK      "Bản trống"
#define T_NEW_COPY       "Chép từ"
#define T_NEW_CREATE     "Tạo kịch bản"
#define T_NEW_BAD_NAME   "Tên tệp chỉ gồm chữ thường không dấu (a–z), chữ " \
	"số và dấu gạch ngang, không bắt đầu bằng dấu gạch ngang, tối đa 64 " \
	"ký tự (ví dụ canh-bao-lua-dao)."
#define T_NEW_BAD_TITLE  "Xin ghi tiêu đề trên một dòng (tối đa 200 byte)."
#define T_NEW_EXISTS     "Đã có kịch bản mang tên tệp này: chọn tên khác."
#define T_NEW_FAILED     "Không tạo được kịch bản. Xin báo người quản trị."

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

#define T_AIR_TITLE      "Đang phát"
#define T_AIR_DAEMON     "Máy phát"
#define T_AIR_RUNNING    "đang chạy (tiến trình %ld)"
#define T_AIR_STOPPED    "không chạy"
#define T_AIR_NEVER      "Chưa có máy phát (loa air) nào chạy với thư mục " \
	"hàng đợi của đài."
#define T_AIR_LAST_SAID  "Lần cuối máy phát báo:"
#define T_AIR_NOW        "Đang phát"
#define T_AIR_NEXT       "Tiếp theo"
#define T_AIR_NOTHING    "không có gì"
#define T_AIR_OFF        "đã dừng phát"
/* The daemon's status lines (its fields, loa_air_status_line). */
#define T_AIR_NOW_ITEM   "từ %s: %s (%s), khung giờ %s"
#define T_AIR_NOW_BULLETIN "từ %s: tin %s của %s%s%s"
#define T_AIR_NEXT_ITEM  "%s: %s (%s), khung giờ %s"
#define T_AIR_NEXT_REAIR "tin ưu tiên của %s%s%s, bị tin khẩn cấp cắt " \
	"ngang, sẽ phát lại từ đầu"
#define T_AIR_NEXT_NONE  "không có gì trong các tuần đã tạo"
#define T_AIR_EVENTS     "Sự việc gần đây"
#define T_AIR_RECENT     "Vừa phát"
#define T_TIER_EMERGENCY "khẩn cấp"
#define T_TIER_PRIORITY  "ưu tiên"
#define T_TIER_NORMAL    "thường"
#define T_AIR_NO_EVENTS  "Chưa có sự việc nào."
#define T_AIR_TIME       "Lúc"
#define T_AIR_KIND       "Loại"
#define T_AIR_MESSAGE    "Nội dung"
#define T_BUL_TITLE      "Phát bản tin"
#define T_BUL_HELP       "Gõ nội dung hoặc chọn một kịch bản, nghe thử, " \
	"chọn mức ưu tiên và khu vực, rồi gửi. Người gửi là người duyệt bản tin."
#define T_BUL_NOT_OPERATOR "Chỉ người có quyền phát sóng mới gửi được bản tin."
#define T_BUL_TEXT       "Nội dung bản tin"
#define T_BUL_OR_SCRIPT  "hoặc kịch bản có sẵn"
#define T_BUL_TYPED      "(nội dung gõ ở trên)"
#define T_BUL_TIER       "Mức ưu tiên"
#define T_BUL_EMERGENCY  "Khẩn cấp: ngắt chương trình đang phát, phát ngay"
#define T_BUL_PRIORITY   "Ưu tiên: phát ngay sau mục đang phát"
#define T_BUL_ZONES      "Khu vực (không chọn: cả xã)"
#define T_BUL_REPEAT     "Số lần phát"
#define T_BUL_EVERY      "Cách nhau (phút)"
#define T_BUL_LISTEN     "Nghe thử"
#define T_BUL_SEND       "Duyệt và gửi"
#define T_BUL_CONFIRM_Q  "Bản tin KHẨN CẤP sẽ ngắt ngay chương trình đang " \
	"phát. Bạn chắc chắn muốn phát?"
#define T_BUL_CONFIRM    "Xác nhận phát khẩn cấp"
#define T_BUL_CANCEL     "Thôi"
#define T_BUL_SENT       "Đã gửi bản tin %s tới máy phát: số duyệt %lld, " \
	"người duyệt %s."
#define T_BUL_SENT_IDLE  " Máy phát đang không chạy: bản tin sẽ phát khi " \
	"máy phát chạy lại."
#define T_BUL_EMPTY      "Xin gõ nội dung hoặc chọn một kịch bản."
#define T_BUL_TOO_LONG   "Nội dung quá dài (tối đa 8000 byte)."
#define T_BUL_BAD_FIELD  "Mức ưu tiên, khu vực, số lần hoặc khoảng cách " \
	"không hợp lệ."
#define T_BUL_NEED_EVERY "Phát nhiều lần thì cần khoảng cách (phút)."
#define T_BUL_BLOCKED    "Không gửi được: còn lỗi ở trên."
#define T_BUL_NO_STATION "Chưa gửi được bản tin: máy phát (loa air) chưa " \
	"chạy lần nào với thư mục hàng đợi của đài."
#define T_BUL_SCRIPT_TITLE "Bản tin"

/* The Week page (week.c, week_page.c). */
#define T_MON            "Thứ Hai"
#define T_TUE            "Thứ Ba"
#define T_WED            "Thứ Tư"
#define T_THU            "Thứ Năm"
#define T_FRI            "Thứ Sáu"
#define T_SAT            "Thứ Bảy"
#define T_SUN            "Chủ Nhật"
#define T_WEEK_HELP      "Lịch phát của một xã trong một tuần, theo giờ " \
	"Việt Nam: kịch bản, thời lượng ước tính, tình trạng duyệt và, với " \
	"các buổi đã qua, nhật ký phát sóng ghi gì."
#define T_ZONE           "Khu vực"
#define T_ALL_ZONES      "Tất cả khu vực"
#define T_WEEK           "Tuần"
#define T_PREV_WEEK      "← Tuần trước"
#define T_THIS_WEEK      "Tuần này"
#define T_NEXT_WEEK      "Tuần sau →"
#define T_WEEK_HEADING   "tuần %d năm %d"
#define T_WEEK_TOTAL     "%zu buổi phát, tổng thời lượng ước tính "
#define T_NO_BROADCAST   "Không có buổi phát."
#define T_NO_SCHEDULE    "Chưa có lịch phát nào đọc được trong thư mục " \
	"schedules/."
#define T_BAD_SCHEDULE   "Một tệp lịch có lỗi và không được hiện:"
#define T_BAD_WEEK       "Tuần không hợp lệ (ví dụ 2026-W49): đang hiện " \
	"tuần này."
#define T_APPR_IN_FORCE  "Đã duyệt (số %lld)"
#define T_APPR_WITHDRAWN "Đã thu hồi duyệt (số %lld)"
#define T_APPR_CHANGED   "Chưa duyệt bản đang có (tệp đã sửa sau lần " \
	"duyệt số %lld)"
#define T_APPR_NONE      "Chưa duyệt"
/* loa-build.timer rebuilds the week every 5 minutes (tools/). */
#define T_APPR_NOT_BUILT "Đã duyệt, chờ dựng lại tuần (tối đa 5 phút)"
#define T_NO_LOG         "Không có trong nhật ký"
#define T_BULLETIN_PRIORITY "Tin ưu tiên"
#define T_BULLETIN_EMERGENCY "Tin khẩn cấp"
#define T_NOT_PLANNED    "Ngoài lịch"

/* The Log and reports page (reports.c). */
#define T_LOG_TITLE      "Nhật ký phát sóng trong ngày"
#define T_DATE           "Ngày"
#define T_BAD_DATE       "Ngày không hợp lệ (ví dụ 2026-12-03): đang hiện " \
	"hôm nay."
#define T_PREV_DAY       "← Ngày trước"
#define T_TODAY          "Hôm nay"
#define T_NEXT_DAY       "Ngày sau →"
#define T_LOG_ITEM       "Số"
#define T_LOG_PLANNED    "Giờ theo lịch"
#define T_LOG_STARTED    "Bắt đầu"
#define T_LOG_ENDED      "Kết thúc"
#define T_LOG_TIER       "Mức"
#define T_LOG_OUTCOME    "Kết quả"
#define T_LOG_SLOT       "Khung giờ"
#define T_LOG_WHAT       "Nội dung (tệp, lý do)"
#define T_REPORT_TITLE   "Báo cáo"
#define T_REPORT_HELP    "Số buổi theo kế hoạch, đã phát, bị cắt, bỏ lỡ… " \
	"theo xã, chủ đề và tuần, đếm từ nhật ký phát sóng sau khi kiểm tra " \
	"chuỗi nhật ký và chuỗi duyệt."
#define T_PERIOD         "Kỳ báo cáo"
#define T_PERIOD_MONTH   "Tháng"
#define T_PERIOD_QUARTER "Quý"
#define T_PERIOD_WEEK    "Tuần"
#define T_PERIOD_RANGE   "Từ ngày đến ngày"
#define T_FROM           "Từ ngày"
#define T_TO             "Đến ngày"
#define T_FORMAT         "Định dạng"
#define T_FORMAT_XLSX    "Bảng tính Excel (XLSX)"
#define T_FORMAT_CSV     "CSV"
#define T_FORMAT_HTML    "Trang để in (HTML)"
#define T_DOWNLOAD       "Tải báo cáo"
#define T_BAD_PERIOD     "Kỳ báo cáo không hợp lệ: tháng như 2026-12, quý " \
	"như 2026-Q4, tuần như 2026-W49."
#define T_BAD_RANGE      "Ngày không hợp lệ: ghi ngày như 2026-12-01."
#define T_RANGE_BACKWARDS "“Từ ngày” nằm sau “Đến ngày”."
#define T_RANGE_LONG     "Khoảng thời gian dài quá ba năm."
#define T_BAD_FORMAT     "Định dạng không hợp lệ: chọn XLSX, CSV hoặc HTML."
#define T_REPORT_REFUSED "Không lập được báo cáo: chuỗi nhật ký của đài " \
	"không khớp (có thể đã bị sửa ngoài Loa)."
#define T_REPORT_FAILED  "Không lập được báo cáo."
#define T_REPORT_NO_PLAN "Không lập được báo cáo: lịch phát của đài (tệp mà " \
	"máy phát loa air đang dùng) có lỗi."


/* "Thêm vào lịch" on the Week page (week_add.c). */
#define T_ADD_TITLE      "Thêm vào lịch"
#define T_ADD_HELP       "Chọn buổi phát và kịch bản: bài được phát trong " \
	"buổi đó, sau các bài đang có, từ ngày bắt đầu đến ngày kết thúc (bỏ " \
	"trống: không hết hạn). Lịch được kiểm tra như loa plan trước khi lưu."
#define T_ADD_SLOT       "Buổi phát"
#define T_ADD_SCRIPT     "Kịch bản"
#define T_ADD_FROM       "Từ ngày"
#define T_ADD_TO         "Đến ngày (không bắt buộc)"
#define T_ADD_DONE       "Đã thêm vào lịch."
#define T_ADD_DAILY      "hằng ngày"
#define T_ADD_BAD_SLOT   "Không có buổi phát này trong lịch."
#define T_ADD_BAD_FROM   "Ngày bắt đầu không hợp lệ, hoặc đã qua."
#define T_ADD_BAD_TO     "Ngày kết thúc không hợp lệ, hoặc trước ngày bắt đầu."
#define T_ADD_CITY       "Lịch này dùng chung cho nhiều xã (tệp có communes:): " \
	"trang web chưa thêm được bài vào loại lịch này. Nhờ người cài đặt " \
	"máy sửa tệp."
#define T_ADD_FLOW       "Danh sách bài của buổi này viết trên một dòng " \
	"(play: [a, b]) nên trang web không sửa được. Nhờ người cài đặt máy " \
	"viết lại thành nhiều dòng, mỗi bài một dòng \"- \":"
#define T_ADD_INVALID    "Lịch mới có lỗi nên chưa lưu gì:"
#define T_ADD_CHANGED    "Tệp lịch vừa được sửa ở nơi khác. Xin tải lại trang " \
	"và làm lại."
#define T_ADD_READONLY   "Chỉ người biên tập (editor) hoặc quản trị (admin) " \
	"thêm được bài vào lịch."
#define T_REMOVE_TITLE   "Bỏ khỏi lịch"
#define T_REMOVE_HELP    "Chọn một bài của một buổi phát để bỏ khỏi lịch " \
	"(chỉ các bài phát riêng, không phải bài phát luân phiên; buổi phát " \
	"phải còn ít nhất một bài)."
#define T_REMOVE_ENTRY   "Bài trong buổi phát"
#define T_REMOVE_FROM    "từ"
#define T_REMOVE_TO      "đến"
#define T_REMOVE_DONE    "Đã bỏ khỏi lịch."
#define T_REMOVE_NO_ENTRY "Không thấy bài này trong buổi phát (có thể tệp " \
	"lịch vừa được sửa). Xin tải lại trang và làm lại."
#define T_REMOVE_LAST    "Đây là bài duy nhất của buổi phát: buổi phát phải " \
	"còn ít nhất một bài."
#define T_ADD_FAILED     "Không lưu được tệp lịch. Xin báo người quản trị."
#define T_END_HELP       "Bài đã bắt đầu phát thì được dừng: lịch ghi ngày " \
	"kết thúc (to:) là hôm qua, hoặc hôm nay nếu buổi phát hôm nay đã bắt " \
	"đầu, để các buổi đã qua vẫn có trong lịch và báo cáo vẫn đúng. Bài " \
	"chưa phát lần nào thì được bỏ hẳn."
#define T_END_ODD        "Bài này viết trong tệp lịch theo kiểu trang web " \
	"chưa sửa an toàn được, nên chưa lưu gì. Nhờ người cài đặt máy thêm " \
	"dòng \"to:\" với ngày kết thúc vào bài này ở chỗ dưới đây (hoặc viết " \
	"lại bài thành các dòng \"- script: ...\", \"from: ...\"), rồi làm lại:"
#define T_REMOVE_ODD     "Bài này viết trong tệp lịch theo kiểu trang web " \
	"chưa bỏ an toàn được, nên chưa lưu gì. Nhờ người cài đặt máy xoá bài " \
	"này ở chỗ dưới đây (hoặc viết lại bài thành các dòng \"- script: " \
	"...\"), rồi làm lại:"
#define T_END_DONE       "Đã dừng bài này từ ngày"
#define T_END_KEPT       "; các buổi đã qua vẫn giữ trong lịch để báo cáo đúng."
#define T_END_ALREADY    "Bài này đã dừng rồi (ngày kết thúc đã qua), không " \
	"còn gì để bỏ:"

#define T_ERR_PATH       "Đường dẫn không hợp lệ."
#define T_ERR_RATE       "Quá nhiều yêu cầu. Xin đợi một lát."
#define T_ERR_METHOD     "Yêu cầu không hợp lệ."
#define T_ERR_NOT_FOUND  "Không có trang này."
#define T_ERR_LOGIN      "Xin đăng nhập trước."
#define T_ERR_CSRF       "Phiên làm việc không hợp lệ. Xin tải lại trang."
#define T_ERR_ROLE       "Tài khoản của bạn không có quyền làm việc này."
#define T_ERR_TOO_BIG    "Nội dung gửi lên quá lớn."
#define T_ERR_INTERNAL   "Có lỗi bên trong Loa. Xin thử lại."
#define T_ERR_WORKER     "Phần dựng âm thanh và kiểm tra kịch bản của Loa " \
	"đã dừng giữa chừng, việc này chưa xong. Xin thử lại."
#define T_ERR_WORKER_START "Không khởi động được phần dựng âm thanh và " \
	"kiểm tra kịch bản của Loa (loa serve-worker). Xin báo người quản trị."
#define T_FAIL_TTS       "Bộ đọc giọng máy (eSpeak NG) bị lỗi nên việc này " \
	"chưa làm được. Xin thử lại; nếu vẫn lỗi, xin báo người quản trị."
#define T_FAIL_AUDIO     "Phần xử lý âm thanh (FFmpeg) bị lỗi nên chưa dựng " \
	"được âm thanh. Xin thử lại; nếu vẫn lỗi, xin báo người quản trị."
#define T_FAIL_FILES     "Máy của đài không đọc hoặc ghi được tệp (ổ đĩa " \
	"đầy, hoặc thiếu quyền). Xin báo người quản trị."
#define T_ERR_DB         "Không mở được cơ sở dữ liệu của đài."
#define T_ERR_NAME       "Tên kịch bản không hợp lệ."

#endif
