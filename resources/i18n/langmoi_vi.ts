<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/forms/account_dialog.ui" line="40"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/forms/account_dialog.ui" line="53"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/forms/account_dialog.ui" line="66"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/forms/account_dialog.ui" line="79"/>
        <source>Team lead in the plan</source>
        <translation>Là tổ trưởng trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/forms/account_dialog.ui" line="105"/>
        <source>Active (may sign in)</source>
        <translation>Đang dùng (được đăng nhập)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/account_dialog.ui" line="115"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/account_dialog.ui" line="132"/>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../ui/account_dialogs.py" line="41"/>
        <source>Secretariat</source>
        <translation>Văn phòng (thư ký)</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="42"/>
        <source>Support team lead</source>
        <translation>Tổ trưởng tổ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="43"/>
        <source>Viewer (reads only)</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="112"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="138"/>
        <source>Shared server %1, port %2, database %3. Sign in with your own account: the server checks the password.</source>
        <translation>Máy chủ dùng chung %1, cổng %2, cơ sở dữ liệu %3. Đăng nhập bằng tài khoản của chính mình: máy chủ kiểm tra mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="143"/>
        <source>Other database…</source>
        <translation>Cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="186"/>
        <source>%1, you signed in with a temporary password. Choose your own password now; from now on only you know it (the secretariat can set a new temporary one if you forget it).</source>
        <translation>%1 đã đăng nhập bằng mật khẩu tạm thời. Hãy đặt mật khẩu của riêng mình ngay bây giờ; từ nay chỉ mình biết mật khẩu đó (nếu quên, Văn phòng đặt lại một mật khẩu tạm thời mới).</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="189"/>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="268"/>
        <source>temporary: its user chooses their own at sign-in</source>
        <translation>tạm thời: người dùng tự đặt mật khẩu mới khi đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="269"/>
        <source>empty: kept; else temporary, chosen anew at sign-in</source>
        <translation>để trống: giữ mật khẩu cũ; nếu nhập: mật khẩu tạm thời</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="299"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="114"/>
        <location filename="../../ui/account_dialogs.py" line="142"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="244"/>
        <source>Change account</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="245"/>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="226"/>
        <source>(choose the team lead this account is)</source>
        <translation>(chọn tổ trưởng là người dùng tài khoản này)</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="227"/>
        <source>%1 — %2 (leads %3 villages&apos; teams)</source>
        <translation>%1 — %2 (tổ trưởng %3 thôn)</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="261"/>
        <source>leave empty to keep the password</source>
        <translation>để trống nếu giữ mật khẩu cũ</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="300"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="301"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="302"/>
        <source>Team lead in the plan</source>
        <translation>Là tổ trưởng trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="283"/>
        <source>The two passwords are not the same.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="303"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="312"/>
        <source>waiting until %1 (wrong passwords)</source>
        <translation>đang chờ đến %1 (sai mật khẩu nhiều lần)</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="315"/>
        <source>active, to choose a new password at sign-in</source>
        <translation>đang dùng, phải đặt mật khẩu mới khi đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="316"/>
        <source>active</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="310"/>
        <source>locked</source>
        <translation>đã khóa</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/forms/accounts_dialog.ui" line="14"/>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <location filename="../../ui/forms/accounts_dialog.ui" line="20"/>
        <source>Once a database has accounts, everyone signs in. A team lead changes only the villages whose support team they lead in the plan; a viewer reads.</source>
        <translation>Khi cơ sở dữ liệu đã có tài khoản, mọi người đều phải đăng nhập. Tổ trưởng chỉ sửa được các thôn (làng) mà mình làm tổ trưởng tổ hỗ trợ trong kế hoạch; tài khoản chỉ xem thì chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/accounts_dialog.ui" line="60"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/accounts_dialog.ui" line="70"/>
        <source>Change…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/accounts_dialog.ui" line="80"/>
        <source>Remove the chosen account; on the shared server its login role too. The history keeps what it did.</source>
        <translation>Xóa tài khoản đã chọn; trên máy chủ dùng chung xóa cả vai trò đăng nhập của nó. Lịch sử vẫn giữ những gì tài khoản đã làm.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/accounts_dialog.ui" line="83"/>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/accounts_dialog.ui" line="93"/>
        <source>Let the chosen account try its password again now, without waiting after wrong passwords</source>
        <translation>Cho tài khoản đã chọn nhập lại mật khẩu ngay, không phải chờ sau các lần sai mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/accounts_dialog.ui" line="96"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../ui/forms/accounts_dialog.ui" line="109"/>
        <source>Reading the accounts…</source>
        <translation>Đang đọc danh sách tài khoản…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/accounts_dialog.ui" line="123"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="344"/>
        <source>On the shared server each account is a login role of the server, which checks its password; Làng Mới keeps no password. A password you set here is temporary: its user chooses their own at the next sign-in. A team lead changes only the villages whose support team they lead; a viewer reads.</source>
        <translation>Trên máy chủ dùng chung, mỗi tài khoản là một vai trò đăng nhập của máy chủ; máy chủ kiểm tra mật khẩu, Làng Mới không giữ mật khẩu nào. Mật khẩu đặt ở đây là mật khẩu tạm thời: người dùng tự đặt mật khẩu của mình ở lần đăng nhập sau. Tổ trưởng chỉ sửa các thôn (làng) mà mình làm tổ trưởng tổ hỗ trợ; tài khoản chỉ xem thì chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="398"/>
        <location filename="../../ui/account_dialogs.py" line="410"/>
        <location filename="../../ui/account_dialogs.py" line="422"/>
        <source>Choose an account in the list first.</source>
        <translation>Hãy chọn một tài khoản trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="400"/>
        <source>Remove the account “%1” (%2)? It can no longer sign in; the history keeps what it did.</source>
        <translation>Xóa tài khoản “%1” (%2)? Tài khoản này sẽ không đăng nhập được nữa; lịch sử vẫn giữ những gì tài khoản đã làm.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="430"/>
        <source>Account “%1” may sign in again now.</source>
        <translation>Tài khoản “%1” đã được mở khóa, có thể đăng nhập lại ngay.</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <location filename="../../ui/plan_editors.py" line="585"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="586"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="587"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="588"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="589"/>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="590"/>
        <source>Every agency, unit and enterprise the plans can assign. Assign them to a village from the village&apos;s menu (Assigned agencies…).</source>
        <translation>Mọi cơ quan, đơn vị, doanh nghiệp mà kế hoạch có thể phân công. Phân công cho thôn (làng) từ trình đơn của thôn (Phân công cơ quan…).</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="593"/>
        <source>Add agency…</source>
        <translation>Thêm cơ quan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="594"/>
        <source>Change…</source>
        <translation>Sửa…</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../ui/plan_editors.py" line="262"/>
        <source>Add an agency</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="262"/>
        <source>Change the agency</source>
        <translation>Sửa thông tin cơ quan</translation>
    </message>
</context>
<context>
    <name>AgencyView</name>
    <message>
        <location filename="../../ui/agency_view.py" line="52"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="54"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="55"/>
        <source>Lead in</source>
        <translation>Chủ trì (thôn)</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="57"/>
        <source>Co-support in</source>
        <translation>Phối hợp (thôn)</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="59"/>
        <source>Villages meeting standard</source>
        <translation>Thôn đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="62"/>
        <source>Criteria met</source>
        <translation>Tỉ lệ tiêu chí đạt</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="71"/>
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="72"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="73"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="74"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="75"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../ui/agency_view.py" line="183"/>
        <source>Villages helped by %1</source>
        <translation>Các thôn do %1 giúp đỡ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="45"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="48"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="48"/>
        <source>Something went wrong and the action was not completed. Nothing half-done was saved; the details are in the log file.</source>
        <translation>Đã xảy ra lỗi nên thao tác chưa hoàn thành. Không có gì bị lưu dở dang; chi tiết được ghi trong tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../ui/database_opening.py" line="54"/>
        <source>A new database: loading the sample plan…</source>
        <translation>Cơ sở dữ liệu mới: đang nạp kế hoạch mẫu…</translation>
    </message>
    <message>
        <location filename="../../ui/database_opening.py" line="128"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/database_opening.py" line="130"/>
        <source>Choose another database…</source>
        <translation>Chọn cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <location filename="../../ui/database_opening.py" line="131"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>AssessmentSaving</name>
    <message>
        <location filename="../../ui/assessment_saving.py" line="98"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>AssignmentsDialog</name>
    <message>
        <location filename="../../ui/plan_editors.py" line="291"/>
        <source>Village: %1</source>
        <translation>Thôn (làng): %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="299"/>
        <source>(choose the lead agency)</source>
        <translation>(chọn cơ quan chủ trì)</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="79"/>
        <source>Not read</source>
        <translation>Chưa đọc được</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="83"/>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="89"/>
        <source>Actual size</source>
        <translation>Kích thước thật</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="91"/>
        <source>◀ Previous page</source>
        <translation>◀ Trang trước</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="92"/>
        <source>Next page ▶</source>
        <translation>Trang sau ▶</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="96"/>
        <source>Open with the computer&apos;s viewer</source>
        <translation>Mở bằng chương trình của máy</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="98"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="128"/>
        <source>This file cannot be shown here.</source>
        <translation>Không hiển thị được tệp này ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="130"/>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../ui/attachment_actions.py" line="36"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_actions.py" line="37"/>
        <source>Evidence files (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx);;All files (*)</source>
        <translation>Tệp minh chứng (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_actions.py" line="53"/>
        <source>Attaching %1…</source>
        <translation>Đang đính kèm %1…</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_actions.py" line="54"/>
        <source>Attaching %1 files…</source>
        <translation>Đang đính kèm %1 tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_actions.py" line="62"/>
        <location filename="../../ui/attachment_actions.py" line="70"/>
        <source>Files not attached</source>
        <translation>Tệp chưa được đính kèm</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_actions.py" line="63"/>
        <source>These files were not attached:</source>
        <translation>Các tệp sau chưa được đính kèm:</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_input.py" line="49"/>
        <source>Pasted picture %1.png</source>
        <translation>Ảnh dán %1.png</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_model.py" line="58"/>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_model.py" line="64"/>
        <source>Attached by %1 on %2</source>
        <translation>Đính kèm bởi %1 lúc %2</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="63"/>
        <source>Not opened</source>
        <translation>Chưa mở được</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="63"/>
        <source>No program on this computer opens %1.</source>
        <translation>Máy này không có chương trình nào mở được %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="41"/>
        <source>Evidence files – %1</source>
        <translation>Tệp minh chứng – %1</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="43"/>
        <source>Not read</source>
        <translation>Chưa đọc được</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="47"/>
        <source>Reading the files…</source>
        <translation>Đang đọc danh sách tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="65"/>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="66"/>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="67"/>
        <source>Open with the computer&apos;s viewer</source>
        <translation>Mở bằng chương trình của máy</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="68"/>
        <source>Remove…</source>
        <translation>Gỡ tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="69"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="81"/>
        <source>Drag files here or paste a picture (Ctrl+V) to attach them.</source>
        <translation>Kéo tệp vào đây hoặc dán ảnh (Ctrl+V) để đính kèm.</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="101"/>
        <source>No file attached yet.</source>
        <translation>Chưa có tệp nào được đính kèm.</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="139"/>
        <source>Remove file</source>
        <translation>Gỡ tệp</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="140"/>
        <source>Remove %1 from %2? The history keeps it and can put it back.</source>
        <translation>Gỡ tệp %1 khỏi %2? Lịch sử vẫn giữ tệp và có thể khôi phục lại.</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_dialog.py" line="151"/>
        <source>Not removed</source>
        <translation>Chưa gỡ được</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/background.py" line="83"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="84"/>
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="113"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="37"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="39"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="44"/>
        <source>The shared server&apos;s backups are its administrator&apos;s.</source>
        <translation>Bản sao lưu của máy chủ dùng chung do người quản trị máy chủ giữ.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="75"/>
        <source>Backing up the database…</source>
        <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="76"/>
        <source>Backup not taken</source>
        <translation>Chưa sao lưu được</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="79"/>
        <source>Backup taken</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="80"/>
        <source>The database was backed up and the copy checked:
%1
(%2)</source>
        <translation>Đã sao lưu cơ sở dữ liệu và kiểm tra bản sao:
%1
(%2)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="86"/>
        <source>Daily backup of the database…</source>
        <translation>Đang sao lưu hằng ngày…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="87"/>
        <source>Daily backup taken.</source>
        <translation>Đã sao lưu hằng ngày.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="92"/>
        <source>The daily backup failed: %1</source>
        <translation>Sao lưu hằng ngày không thành: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="108"/>
        <source>Backing up the database before closing…</source>
        <translation>Đang sao lưu cơ sở dữ liệu trước khi đóng…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="27"/>
        <source>before a schema upgrade</source>
        <translation>trước khi nâng cấp lược đồ</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="28"/>
        <source>before a plan import</source>
        <translation>trước khi nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="29"/>
        <source>before merging team updates</source>
        <translation>trước khi nhập phiếu cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="30"/>
        <source>before removing the sample plan</source>
        <translation>trước khi xóa kế hoạch mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="31"/>
        <source>before copying the database</source>
        <translation>trước khi chép cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="32"/>
        <source>on closing the window</source>
        <translation>khi đóng cửa sổ</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="33"/>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="34"/>
        <source>backed up on request</source>
        <translation>sao lưu theo yêu cầu</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="35"/>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="38"/>
        <source> (schema %1)</source>
        <translation> (phiên bản %1)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="43"/>
        <source>Taken</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="45"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="47"/>
        <source>Taken when</source>
        <translation>Sao lưu khi</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="48"/>
        <source>Villages</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="49"/>
        <source>Assessments</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="103"/>
        <source>Database damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="104"/>
        <source>Database upgrade left unfinished</source>
        <translation>Nâng cấp cơ sở dữ liệu bị dừng giữa chừng</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="109"/>
        <source>Restoring puts the backup in the file&apos;s place: what was saved after it is not in it, but the damaged copy stays kept aside, and you can look at it read-only to copy things out.</source>
        <translation>Khôi phục sẽ đặt bản sao lưu vào chỗ của tệp: những gì lưu sau thời điểm đó không có trong bản sao lưu, nhưng tệp hỏng vẫn được cất riêng, có thể mở chỉ để xem và chép lại những gì cần.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="113"/>
        <source>Restoring puts the backup in the file&apos;s place: what was saved after it is not in it. The damaged copy stays kept aside, but its beginning is lost: the program cannot open it.</source>
        <translation>Khôi phục sẽ đặt bản sao lưu vào chỗ của tệp: những gì lưu sau thời điểm đó không có trong bản sao lưu. Tệp hỏng vẫn được cất riêng, nhưng phần đầu tệp đã mất: chương trình không mở được tệp này.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="117"/>
        <source>Restoring puts the copy taken before the upgrade in the file&apos;s place (the file as it is now is backed up first); the program then upgrades it again, in one step.</source>
        <translation>Khôi phục sẽ đặt bản sao chụp trước khi nâng cấp vào chỗ của tệp (tệp hiện tại được sao lưu trước); sau đó chương trình nâng cấp lại trong một bước.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="125"/>
        <source>Restore the backup of %1</source>
        <translation>Khôi phục bản sao lưu lúc %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="130"/>
        <source>Look at the damaged copy (read-only)</source>
        <translation>Xem tệp hỏng (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="134"/>
        <source>Start a new database</source>
        <translation>Bắt đầu cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="137"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="25"/>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="32"/>
        <source>Backup not restored</source>
        <translation>Chưa khôi phục được</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="82"/>
        <location filename="../../ui/forms/backups_dialog.ui" line="14"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="64"/>
        <source>Choose the backup to go back to. The database file as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Chọn bản sao lưu muốn quay về. Tệp cơ sở dữ liệu hiện tại được sao lưu trước, nên việc khôi phục cũng có thể hoàn lại.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="66"/>
        <source>This database file has no backup yet. System → Back up now takes one; one is also taken before every import, merge and upgrade, and on closing after changes.</source>
        <translation>Tệp cơ sở dữ liệu này chưa có bản sao lưu nào. Hệ thống → Sao lưu ngay để sao lưu; chương trình cũng tự sao lưu trước mỗi lần nhập, hợp nhất phiếu, nâng cấp, và khi đóng sau khi có thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/backups_dialog.ui" line="58"/>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/backups_dialog.ui" line="65"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="83"/>
        <source>Go back to the backup of %1 (%2)? Everything saved after it is set aside in a backup of the current file. The window starts again on the restored database.</source>
        <translation>Quay về bản sao lưu lúc %1 (%2)? Mọi thứ đã lưu sau đó được cất trong một bản sao lưu của tệp hiện tại. Cửa sổ sẽ mở lại trên cơ sở dữ liệu đã khôi phục.</translation>
    </message>
</context>
<context>
    <name>BusyNote</name>
    <message>
        <location filename="../../ui/busy_note.py" line="12"/>
        <source>Reading the figures…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <location filename="../../ui/campaign_text.py" line="21"/>
        <source>Households %1: %2 ethnic-minority households (%3 of %4 villages reported)</source>
        <translation>Số liệu hộ năm %1: %2 hộ đồng bào DTTS (%3/%4 thôn có báo cáo)</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="24"/>
        <source>Reached %1; changed ways %2; applying science %3; better life %4</source>
        <translation>Được tuyên truyền %1; thay đổi nếp nghĩ, cách làm %2; áp dụng KH-KT %3; đời sống cải thiện %4</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="29"/>
        <source>Poor households %1 (%2 points against %3)</source>
        <translation>Hộ nghèo %1 (%2 điểm % so với năm %3)</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="33"/>
        <source>No household figures for %1</source>
        <translation>Chưa có số liệu hộ năm %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="35"/>
        <source>Models: built %1, maintained %2, replicated %3</source>
        <translation>Mô hình: xây dựng %1, duy trì %2, nhân rộng %3</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="38"/>
        <source>Resources: %1 VND in money, %2 VND in kind, %3 workdays; %4 visits</source>
        <translation>Nguồn lực: tiền %1 đồng, hiện vật %2 đồng, %3 ngày công; %4 lượt đi cơ sở</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="42"/>
        <source>Difficulties not resolved: %1</source>
        <translation>Khó khăn, kiến nghị chưa giải quyết: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="44"/>
        <source>⚠ %1 over 90 days</source>
        <translation>⚠ %1 quá 90 ngày</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="67"/>
        <source>Models built / maintained / replicated</source>
        <translation>Mô hình xây dựng / duy trì / nhân rộng</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="69"/>
        <source>Money (VND)</source>
        <translation>Tiền (đồng)</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="70"/>
        <source>In kind (VND)</source>
        <translation>Hiện vật (đồng)</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="71"/>
        <source>Workdays</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="72"/>
        <source>Visits</source>
        <translation>Lượt đi cơ sở</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_text.py" line="73"/>
        <source>Difficulties open (overdue)</source>
        <translation>Khó khăn chưa giải quyết (quá hạn)</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <location filename="../../ui/campaign_view.py" line="64"/>
        <source>%1 (points against the first year)</source>
        <translation>%1 (điểm % so với năm đầu)</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_view.py" line="71"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_view.py" line="72"/>
        <source>Villages reporting</source>
        <translation>Thôn có báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_view.py" line="75"/>
        <source>EM households</source>
        <translation>Hộ ĐBDTTS</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_view.py" line="105"/>
        <source>By district</source>
        <translation>Theo huyện</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_view.py" line="106"/>
        <source>By commune</source>
        <translation>Theo xã</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_view.py" line="107"/>
        <source>By agency</source>
        <translation>Theo cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_view.py" line="126"/>
        <source>Show:</source>
        <translation>Xem:</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_view.py" line="197"/>
        <source>(no district)</source>
        <translation>(không thuộc huyện)</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_view.py" line="201"/>
        <source>Whole plan</source>
        <translation>Toàn kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/campaign_view.py" line="206"/>
        <source>Campaign figures %1</source>
        <translation>Kết quả phong trào năm %1</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/checklist_model.py" line="137"/>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="137"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="137"/>
        <source>Requirement</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="137"/>
        <source>Status</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="137"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="138"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="138"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="168"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_model.py" line="180"/>
        <source>%1 files attached (right-click: see them)</source>
        <translation>%1 tệp minh chứng đính kèm (nhấn chuột phải để xem)</translation>
    </message>
</context>
<context>
    <name>ColumnChoice</name>
    <message>
        <location filename="../../ui/wide_tables.py" line="178"/>
        <source>Show the usual columns</source>
        <translation>Hiện các cột thường dùng</translation>
    </message>
</context>
<context>
    <name>CommuneDialog</name>
    <message>
        <location filename="../../ui/plan_editors.py" line="222"/>
        <source>Add a commune</source>
        <translation>Thêm xã</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="222"/>
        <source>Rename the commune</source>
        <translation>Sửa tên xã</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="223"/>
        <source>Move the commune to another district</source>
        <translation>Chuyển xã sang huyện khác</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="226"/>
        <source>Commune: %1</source>
        <translation>Xã: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="240"/>
        <source>(no district)</source>
        <translation>(không thuộc huyện nào)</translation>
    </message>
</context>
<context>
    <name>CommunesDialog</name>
    <message>
        <location filename="../../ui/plan_editors.py" line="552"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="553"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="554"/>
        <source>Villages</source>
        <translation>Số thôn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="555"/>
        <source>Communes and districts</source>
        <translation>Xã, huyện</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="556"/>
        <source>The communes of every plan. A commune that still has villages cannot be removed: move its villages first.</source>
        <translation>Các xã của mọi kế hoạch. Xã còn thôn (làng) thì không xóa được: hãy chuyển các thôn sang xã khác trước.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="559"/>
        <source>Add commune…</source>
        <translation>Thêm xã…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="560"/>
        <source>Rename…</source>
        <translation>Sửa tên…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="561"/>
        <source>Move to district…</source>
        <translation>Chuyển huyện…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="562"/>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="578"/>
        <source>Remove commune</source>
        <translation>Xóa xã</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="577"/>
        <source>Remove the commune “%1”? It has no village in any plan.</source>
        <translation>Xóa xã “%1”? Xã này không có thôn (làng) nào trong mọi kế hoạch.</translation>
    </message>
</context>
<context>
    <name>CompletenessTab</name>
    <message>
        <location filename="../../ui/completeness_view.py" line="195"/>
        <source>Review progress</source>
        <translation>Tiến độ rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="240"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="240"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="245"/>
        <source>Writing the review progress report…</source>
        <translation>Đang ghi báo cáo tiến độ rà soát…</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="266"/>
        <source>Review progress %1</source>
        <translation>Tiến độ rà soát %1</translation>
    </message>
</context>
<context>
    <name>CompletenessView</name>
    <message>
        <location filename="../../ui/completeness_view.py" line="46"/>
        <source>Area or agency</source>
        <translation>Địa bàn, cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="47"/>
        <source>Expected</source>
        <translation>Phải rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="48"/>
        <source>On time</source>
        <translation>Gửi đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="49"/>
        <source>Late</source>
        <translation>Gửi muộn</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="50"/>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="51"/>
        <source>of which overdue</source>
        <translation>trong đó quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="52"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="53"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="60"/>
        <source>, overdue</source>
        <translation>, quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="64"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="65"/>
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="66"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="67"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="68"/>
        <source>Team lead</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="69"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="87"/>
        <source>Open a plan to see its review round.</source>
        <translation>Mở một kế hoạch để xem đợt rà soát.</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="93"/>
        <source>By district and commune</source>
        <translation>Theo huyện, xã</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="94"/>
        <source>By lead agency</source>
        <translation>Theo cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="101"/>
        <source>Save as PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="102"/>
        <source>Save as Excel…</source>
        <translation>Lưu Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="111"/>
        <source>Copy</source>
        <translation>Chép</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="113"/>
        <source>Copy the reminder list (agency, village, team lead, phone) as plain text</source>
        <translation>Chép danh sách nhắc (cơ quan, thôn, tổ trưởng, điện thoại) dạng chữ thường để dán vào tin nhắn</translation>
    </message>
    <message>
        <location filename="../../ui/completeness_view.py" line="155"/>
        <source>Villages awaited, whose team leads to remind: %1</source>
        <translation>Thôn chờ gửi kết quả, cần nhắc tổ trưởng: %1</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../ui/conflict_box.py" line="8"/>
        <source>status</source>
        <translation>tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="8"/>
        <source>evidence</source>
        <translation>minh chứng</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="9"/>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="15"/>
        <source>Changed by someone else</source>
        <translation>Người khác vừa sửa</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="31"/>
        <source>Your change: %1. Overwrite what is saved with your change, or keep what is saved?</source>
        <translation>Thay đổi của bạn: %1. Ghi đè bản đã lưu bằng thay đổi của bạn, hay giữ bản đã lưu?</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="39"/>
        <location filename="../../ui/records_page.py" line="422"/>
        <source>Overwrite with mine</source>
        <translation>Ghi đè bằng thay đổi của tôi</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="19"/>
        <source>Keep what is saved</source>
        <translation>Giữ bản đã lưu</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="124"/>
        <source>Villages meeting the standard by district, %1</source>
        <translation>Thôn đạt chuẩn theo huyện, năm %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="126"/>
        <source>Villages meeting the standard by commune, %1</source>
        <translation>Thôn đạt chuẩn theo xã, năm %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="131"/>
        <source>Villages meeting the standard, the %1 communes with the smallest share, %2</source>
        <translation>Thôn đạt chuẩn: %1 xã có tỉ lệ thôn đạt chuẩn thấp nhất, năm %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="170"/>
        <source>Meeting the standard</source>
        <translation>Đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="171"/>
        <source>Not yet</source>
        <translation>Chưa đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="182"/>
        <source>%1: villages meeting the standard</source>
        <translation>%1: các thôn đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="183"/>
        <source>%1: villages not yet meeting the standard</source>
        <translation>%1: các thôn chưa đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="194"/>
        <source>Villages meeting the standard, year by year</source>
        <translation>Số thôn đạt chuẩn qua các năm</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="201"/>
        <source>Villages meeting the standard</source>
        <translation>Thôn đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="211"/>
        <source>Villages meeting the standard in %1</source>
        <translation>Các thôn đạt chuẩn năm %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="221"/>
        <source>Weakest criteria: villages meeting each, %1</source>
        <translation>Các tiêu chí ít thôn đạt nhất, năm %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="227"/>
        <source>Villages meeting the criterion</source>
        <translation>Số thôn đạt tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_charts.py" line="239"/>
        <source>Criterion %1 (%2): villages not meeting it</source>
        <translation>Tiêu chí %1 (%2): các thôn chưa đạt</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard_view.py" line="32"/>
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="33"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="34"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="35"/>
        <source>Criteria met</source>
        <translation>Tiêu chí đạt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="51"/>
        <location filename="../../ui/dashboard_view.py" line="108"/>
        <source>Click a bar to list the villages behind it.</source>
        <translation>Bấm vào một cột để xem các thôn của cột đó.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="120"/>
        <source>%1 is closed: its figures are final.</source>
        <translation>Năm %1 đã khóa sổ: số liệu là chính thức.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="122"/>
        <source>The figures of all %1 villages are approved.</source>
        <translation>Số liệu của cả %1 thôn đã được duyệt.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.py" line="124"/>
        <source>Figures not approved: %1 of %2 villages approved.</source>
        <translation>Số liệu chưa duyệt: %1/%2 thôn đã được duyệt.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="12"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="18"/>
        <source>On this PC (SQLite file)</source>
        <translation>Trên máy này (tệp SQLite)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="52"/>
        <source>On the office&apos;s shared server (PostgreSQL)</source>
        <translation>Trên máy chủ dùng chung của cơ quan (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="129"/>
        <source>Your user name</source>
        <translation>Tên đăng nhập của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="179"/>
        <source>Làng Mới opens again on the chosen database. This PC keeps only the server, port and database name: with a shared server everyone signs in with their own account at each start.</source>
        <translation>Làng Mới mở lại với cơ sở dữ liệu đã chọn. Máy này chỉ lưu máy chủ, cổng và tên cơ sở dữ liệu: với máy chủ dùng chung, mỗi lần mở ai cũng đăng nhập bằng tài khoản của mình.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="43"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="77"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="90"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="116"/>
        <source>Database name</source>
        <translation>Tên cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="142"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="155"/>
        <source>only to check the connection: never kept</source>
        <translation>chỉ để kiểm tra kết nối: không lưu lại</translation>
    </message>
    <message>
        <location filename="../../ui/forms/database_dialog.ui" line="165"/>
        <source>Test the connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="72"/>
        <source>This file is on a network drive (%1): Làng Mới will only open it read-only, since two PCs writing one SQLite file on a shared drive corrupt it. For several PCs, choose the office&apos;s shared server.</source>
        <translation>Tệp này nằm trên ổ mạng (%1): Làng Mới chỉ mở tệp để xem, vì hai máy cùng ghi một tệp SQLite trên ổ dùng chung sẽ làm hỏng tệp. Để nhiều máy cùng làm việc, chọn máy chủ dùng chung của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="79"/>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="80"/>
        <source>Làng Mới database (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu Làng Mới (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="97"/>
        <source>Choose the database file.</source>
        <translation>Hãy chọn tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="100"/>
        <source>Fill in the server, the database name, and your user name and password to check the connection.</source>
        <translation>Điền máy chủ, tên cơ sở dữ liệu, và tên đăng nhập, mật khẩu của bạn để kiểm tra kết nối.</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="118"/>
        <source>Connecting to the server…</source>
        <translation>Đang kết nối tới máy chủ…</translation>
    </message>
    <message>
        <location filename="../../ui/database_dialog.py" line="135"/>
        <source>Connected.</source>
        <translation>Đã kết nối được.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="64"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="65"/>
        <source>Type the whole date, e.g. 12/3/2026, or pick it in the calendar.</source>
        <translation>Gõ cả ngày, ví dụ 12/3/2026, hoặc chọn trong lịch.</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="87"/>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="89"/>
        <source>Pick the date in a calendar</source>
        <translation>Chọn ngày trong lịch</translation>
    </message>
</context>
<context>
    <name>FileWriting</name>
    <message>
        <location filename="../../ui/print_actions.py" line="52"/>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="63"/>
        <source>File not written</source>
        <translation>Chưa ghi được tệp</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="66"/>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/forms/guide_dialog.ui" line="14"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/forms/guide_dialog.ui" line="42"/>
        <source>Find in the guide (diacritics optional)</source>
        <translation>Tìm trong hướng dẫn (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="246"/>
        <source>Found in %1 of the guide&apos;s sections.</source>
        <translation>Thấy ở %1 mục của hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="248"/>
        <source>“%1” is not in the guide.</source>
        <translation>Không thấy “%1” trong hướng dẫn.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../ui/help_guide.py" line="304"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="365"/>
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="367"/>
        <source>Data held in memory only</source>
        <translation>Dữ liệu chỉ nằm trong bộ nhớ, không có tệp</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="371"/>
        <source>Shared server: host %1, port %2, database %3</source>
        <translation>Máy chủ dùng chung: máy %1, cổng %2, cơ sở dữ liệu %3</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="373"/>
        <source>Shared server: host %1, database %2</source>
        <translation>Máy chủ dùng chung: máy %1, cơ sở dữ liệu %2</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="380"/>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="381"/>
        <source>Làng Mới follows the agencies assigned to help villages build new rural villages: the assignment plan, support teams, the yearly checklist of criteria and the campaign&apos;s records.</source>
        <translation>Làng Mới theo dõi việc các cơ quan được phân công giúp đỡ thôn (làng) xây dựng nông thôn mới: kế hoạch phân công, tổ hỗ trợ, bộ tiêu chí hằng năm và kết quả phong trào.</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="378"/>
        <source> (read-only)</source>
        <translation> (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="384"/>
        <source>Press F1 for the user guide.</source>
        <translation>Bấm F1 để xem hướng dẫn sử dụng.</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="386"/>
        <source>Qt %1, Python %2</source>
        <translation>Qt %1, Python %2</translation>
    </message>
    <message>
        <location filename="../../ui/help_guide.py" line="391"/>
        <source>About Làng Mới</source>
        <translation>Giới thiệu Làng Mới</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_model.py" line="60"/>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="62"/>
        <source>Changed by</source>
        <translation>Người thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="63"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="64"/>
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="65"/>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="66"/>
        <source>What changed</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="67"/>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="68"/>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="69"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="73"/>
        <location filename="../../ui/history_dialog.py" line="74"/>
        <source>Change history: %1</source>
        <translation>Lịch sử thay đổi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="79"/>
        <source>Everyone</source>
        <translation>Tất cả mọi người</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="80"/>
        <source>Every kind</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../ui/forms/history_dialog.ui" line="78"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/forms/history_dialog.ui" line="114"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../ui/forms/history_dialog.ui" line="42"/>
        <source>Changed by:</source>
        <translation>Người thay đổi:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/history_dialog.ui" line="52"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/history_dialog.ui" line="208"/>
        <source>Choose a change to read it whole.</source>
        <translation>Chọn một thay đổi để đọc đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/history_dialog.ui" line="227"/>
        <source>Put back the old value of the change chosen: a new change, recorded in the history</source>
        <translation>Đặt lại giá trị cũ của thay đổi đã chọn: một thay đổi mới, được ghi vào lịch sử</translation>
    </message>
    <message>
        <location filename="../../ui/forms/history_dialog.ui" line="230"/>
        <source>Restore this value</source>
        <translation>Khôi phục giá trị này</translation>
    </message>
    <message>
        <location filename="../../ui/forms/history_dialog.ui" line="240"/>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="141"/>
        <source>Administrative units over time:
%1</source>
        <translation>Đơn vị hành chính qua các thời kỳ:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="226"/>
        <source>Reading the changes…</source>
        <translation>Đang đọc các thay đổi…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="236"/>
        <source>%1 change(s)</source>
        <translation>%1 thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="238"/>
        <source>The older changes are read as you scroll down.</source>
        <translation>Các thay đổi cũ hơn được đọc tiếp khi kéo xuống.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="254"/>
        <source>Old value: %1</source>
        <translation>Giá trị cũ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="255"/>
        <source>New value: %1</source>
        <translation>Giá trị mới: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="257"/>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="286"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="297"/>
        <source>Not restored</source>
        <translation>Chưa khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="306"/>
        <source>Save the history as</source>
        <translation>Lưu lịch sử thành</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="307"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="327"/>
        <source>Writing the workbook…</source>
        <translation>Đang ghi bảng tính…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="337"/>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="340"/>
        <source>The workbook was not written.</source>
        <translation>Chưa ghi bảng tính.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="341"/>
        <source>Workbook not written</source>
        <translation>Chưa ghi bảng tính</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="342"/>
        <source>The history was not written to the workbook: %1</source>
        <translation>Chưa ghi được lịch sử ra bảng tính: %1</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <location filename="../../ui/households_page.py" line="33"/>
        <source>%1: %2 households, %3; against the year before %4 points, against the first year %5 points</source>
        <translation>%1: %2 hộ, %3; so với năm trước %4 điểm %, so với năm đầu kế hoạch %5 điểm %</translation>
    </message>
    <message>
        <location filename="../../ui/households_page.py" line="45"/>
        <source>EM households</source>
        <translation>Tổng số hộ ĐBDTTS</translation>
    </message>
    <message>
        <location filename="../../ui/households_page.py" line="58"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../ui/households_page.py" line="59"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../ui/households_page.py" line="61"/>
        <source>Rate</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../ui/households_page.py" line="62"/>
        <source>Against the year before (points)</source>
        <translation>So với năm trước (điểm %)</translation>
    </message>
    <message>
        <location filename="../../ui/households_page.py" line="64"/>
        <source>Against the plan&apos;s first year (points)</source>
        <translation>So với năm đầu kế hoạch (điểm %)</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../ui/households_page.py" line="92"/>
        <source>Choose a year above to see its rates and changes.</source>
        <translation>Chọn một năm ở bảng trên để xem tỉ lệ và mức thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/households_page.py" line="94"/>
        <source>%1: rates over %2 ethnic-minority households</source>
        <translation>Năm %1: tỉ lệ trên %2 hộ đồng bào DTTS</translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="22"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="23"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="24"/>
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="25"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="31"/>
        <source>new</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="32"/>
        <source>joins the plan</source>
        <translation>vào kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="33"/>
        <source>leaves the plan (kept with its history)</source>
        <translation>rời kế hoạch (vẫn giữ lịch sử)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="43"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="44"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="45"/>
        <source>In</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="46"/>
        <source>What the import does</source>
        <translation>Khi nhập</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="50"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="51"/>
        <source>New</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="52"/>
        <source>Changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="53"/>
        <source>Unchanged</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="55"/>
        <source>Leaving the plan</source>
        <translation>Bỏ khỏi kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_import_dialog.ui" line="14"/>
        <source>Import plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_import_dialog.ui" line="40"/>
        <source>Villages, communes and agencies created, joining or leaving the plan:</source>
        <translation>Thôn (làng), xã và cơ quan được tạo mới, vào hoặc rời kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="71"/>
        <source>“%1” cannot be imported; nothing was written. Correct the file and import it again:</source>
        <translation>Không nhập được tệp “%1”; chưa ghi gì vào cơ sở dữ liệu. Hãy sửa tệp rồi nhập lại:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="80"/>
        <source>“%1” will create the plan %2.</source>
        <translation>Tệp “%1” sẽ tạo kế hoạch %2.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="81"/>
        <source>“%1” will update the plan %2; recorded assessments are kept.</source>
        <translation>Tệp “%1” sẽ cập nhật kế hoạch %2; các kết quả đánh giá đã ghi được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="84"/>
        <source>Nothing would change: this plan is already as the file says.</source>
        <translation>Không có gì thay đổi: kế hoạch đã đúng như trong tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_import_dialog.ui" line="66"/>
        <source>Please check:</source>
        <translation>Cần xem lại:</translation>
    </message>
    <message>
        <location filename="../../ui/plan_import_dialog.py" line="108"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Not assessed</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Co-support</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Team lead</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Deputy</source>
        <translation>Tổ phó</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Party body</source>
        <translation>Cơ quan Đảng</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>State agency</source>
        <translation>Cơ quan nhà nước</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Front or mass organisation</source>
        <translation>Mặt trận, đoàn thể</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Armed forces</source>
        <translation>Lực lượng vũ trang</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>%1/%2 met</source>
        <translation>%1/%2 đạt</translation>
    </message>
</context>
<context>
    <name>Looking</name>
    <message>
        <location filename="../../ui/looking.py" line="19"/>
        <source>The database file %1 is open for writing by %2 on the PC %3 since %4.</source>
        <translation>Tệp cơ sở dữ liệu %1 đang được mở để ghi bởi %2 trên máy %3 từ %4.</translation>
    </message>
    <message>
        <location filename="../../ui/looking.py" line="21"/>
        <source>Only one program at a time may change a file. You can open it read-only: you see what was saved there and can print it, but change nothing. Or quit, close the program there, and start again.</source>
        <translation>Mỗi lúc chỉ một chương trình được sửa một tệp. Có thể mở tệp chỉ để xem: thấy và in được những gì đã lưu, nhưng không sửa được gì. Hoặc thoát, đóng chương trình ở máy kia rồi mở lại.</translation>
    </message>
    <message>
        <location filename="../../ui/looking.py" line="24"/>
        <source>Database in use</source>
        <translation>Cơ sở dữ liệu đang được dùng</translation>
    </message>
    <message>
        <location filename="../../ui/looking.py" line="28"/>
        <source>The database file %1 is on a network drive (%2).</source>
        <translation>Tệp cơ sở dữ liệu %1 nằm trên ổ mạng (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/looking.py" line="29"/>
        <source>Làng Mới does not write an SQLite file on a network drive: SQLite&apos;s WAL needs memory shared on one PC, and two PCs writing one file on a shared drive corrupt it. For several PCs, use the shared server (PostgreSQL): System → Database…; or copy the file to this PC. You can open this file read-only.</source>
        <translation>Làng Mới không ghi tệp SQLite trên ổ mạng: chế độ WAL của SQLite cần bộ nhớ dùng chung trên cùng một máy, và hai máy cùng ghi một tệp trên ổ dùng chung sẽ làm hỏng tệp. Để nhiều máy cùng làm việc, dùng máy chủ dùng chung (PostgreSQL): Hệ thống → Cơ sở dữ liệu…; hoặc chép tệp về máy này. Có thể mở tệp này chỉ để xem.</translation>
    </message>
    <message>
        <location filename="../../ui/looking.py" line="33"/>
        <source>Database on a network drive</source>
        <translation>Cơ sở dữ liệu trên ổ mạng</translation>
    </message>
    <message>
        <location filename="../../ui/looking.py" line="48"/>
        <source>Open read-only</source>
        <translation>Mở chỉ để xem</translation>
    </message>
    <message>
        <location filename="../../ui/looking.py" line="51"/>
        <source>Choose another database…</source>
        <translation>Chọn cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <location filename="../../ui/looking.py" line="53"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../ui/looking.py" line="77"/>
        <source>Opened read-only: another program holds this database for writing, or it is on a network drive. You can look and print; nothing can be changed here.</source>
        <translation>Đang mở chỉ để xem: một chương trình khác đang giữ cơ sở dữ liệu này để ghi, hoặc tệp nằm trên ổ mạng. Có thể xem và in; không sửa được gì ở đây.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <location filename="../../ui/forms/main_window.ui" line="14"/>
        <source>Làng Mới — villages and their helping agencies</source>
        <translation>Làng Mới — theo dõi giúp đỡ thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source> (read-only)</source>
        <translation> (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="203"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="262"/>
        <source>&amp;Print village sheet (PDF)…</source>
        <translation>&amp;In phiếu thôn (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="270"/>
        <source>Print sheets of &amp;all villages (PDF)…</source>
        <translation>In phiếu &amp;tất cả các thôn (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="278"/>
        <source>&amp;Summary report (PDF or Excel)…</source>
        <translation>&amp;Báo cáo tổng hợp (PDF hoặc Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="286"/>
        <source>&amp;Draft review report (Word)…</source>
        <translation>&amp;Dự thảo báo cáo sơ kết (Word)…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="294"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="214"/>
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="299"/>
        <source>&amp;Import plan from Excel…</source>
        <translation>&amp;Nhập kế hoạch từ Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="310"/>
        <source>&amp;Export plan to Excel…</source>
        <translation>&amp;Xuất kế hoạch ra Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="318"/>
        <source>Save an empty plan &amp;template…</source>
        <translation>Lưu tệp mẫu kế hoạch (&amp;trống)…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="326"/>
        <source>&amp;Remove sample plan</source>
        <translation>Xóa kế hoạch &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="224"/>
        <source>&amp;System</source>
        <translation>&amp;Hệ thống</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="334"/>
        <source>Change &amp;history…</source>
        <translation>&amp;Lịch sử thay đổi…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>every change</source>
        <translation>mọi thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="230"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="348"/>
        <source>◧ Plan tree</source>
        <translation>◧ Cây địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="351"/>
        <source>Show or hide the plan&apos;s tree on the left (Ctrl+B), to give the page its width</source>
        <translation>Hiện hoặc ẩn cây địa bàn bên trái (Ctrl+B) để trang bên phải rộng hơn</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="359"/>
        <source>&amp;About Làng Mới</source>
        <translation>&amp;Giới thiệu Làng Mới</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="245"/>
        <source>Plan and year</source>
        <translation>Kế hoạch và năm</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="74"/>
        <source>Remove sample plan</source>
        <translation>Xóa kế hoạch mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="81"/>
        <source>Hide this notice until the program is closed</source>
        <translation>Ẩn thông báo này cho đến khi đóng chương trình</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="116"/>
        <source>Search district, commune, village…</source>
        <translation>Tìm huyện, xã, thôn…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="161"/>
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="182"/>
        <source>Agencies</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="187"/>
        <source>Campaign</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="192"/>
        <source>Dashboard</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/main_window.ui" line="64"/>
        <source>This is the bundled SAMPLE plan: villages, people, phone numbers and results are invented. Import your plan, then remove the sample.</source>
        <translation>Đây là KẾ HOẠCH MẪU đi kèm chương trình: tên thôn, người, số điện thoại và kết quả đều là giả định. Hãy nhập kế hoạch của đơn vị rồi xóa kế hoạch mẫu.</translation>
    </message>
    <message>
        <location filename="../../ui/database_opening.py" line="100"/>
        <location filename="../../ui/main_window.py" line="190"/>
        <location filename="../../ui/forms/main_window.ui" line="140"/>
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>of the year</source>
        <translation>của năm đó</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>of today</source>
        <translation>hiện nay</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Group a year&apos;s figures by the administrative units of that year, or by today&apos;s units (the old communes&apos; results summed into the new ones)</source>
        <translation>Nhóm số liệu của một năm theo đơn vị hành chính của năm đó, hoặc theo đơn vị hiện nay (kết quả của các xã cũ được cộng vào xã mới)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Units:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>P&amp;laces</source>
        <translation>Địa &amp;bàn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="608"/>
        <source>%1, open on the right, is not among the places found. &lt;a href=&quot;show&quot;&gt;Show it&lt;/a&gt;</source>
        <translation>%1 (đang mở bên phải) không có trong kết quả tìm. &lt;a href=&quot;show&quot;&gt;Hiện thôn này&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="716"/>
        <source>No plan in the database.</source>
        <translation>Cơ sở dữ liệu chưa có kế hoạch nào.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="721"/>
        <source>%1: reading the figures…</source>
        <translation>Năm %1: đang đọc số liệu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="881"/>
        <source>%1: %2 of %3 villages meet the standard; %4 of criteria met</source>
        <translation>Năm %1: %2/%3 thôn đạt chuẩn; đạt %4 số tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="897"/>
        <source>by today&apos;s administrative units</source>
        <translation>theo đơn vị hành chính hiện nay</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="898"/>
        <source>by the administrative units of %1</source>
        <translation>theo đơn vị hành chính năm %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="956"/>
        <source>Not read</source>
        <translation>Chưa đọc được dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="964"/>
        <location filename="../../ui/main_window.py" line="969"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../ui/forms/new_password_dialog.ui" line="12"/>
        <source>Choose your own password</source>
        <translation>Đặt mật khẩu của riêng mình</translation>
    </message>
    <message>
        <location filename="../../ui/forms/new_password_dialog.ui" line="40"/>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../ui/forms/new_password_dialog.ui" line="53"/>
        <source>at least 8 characters</source>
        <translation>ít nhất 8 ký tự</translation>
    </message>
    <message>
        <location filename="../../ui/forms/new_password_dialog.ui" line="60"/>
        <source>Repeat it</source>
        <translation>Nhập lại</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../ui/plan_actions.py" line="41"/>
        <location filename="../../ui/plan_actions.py" line="106"/>
        <source>Remove sample plan</source>
        <translation>Xóa kế hoạch mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="42"/>
        <source>Remove the sample plan and everything recorded in it? Your own plans are kept.</source>
        <translation>Xóa kế hoạch mẫu và mọi số liệu ghi trong đó? Các kế hoạch của đơn vị được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="53"/>
        <source>Removing the sample plan…</source>
        <translation>Đang xóa kế hoạch mẫu…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="54"/>
        <source>Sample plan not removed</source>
        <translation>Chưa xóa được kế hoạch mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="61"/>
        <source>Sample plan removed.</source>
        <translation>Đã xóa kế hoạch mẫu.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="67"/>
        <source>Import plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="68"/>
        <location filename="../../ui/plan_actions.py" line="116"/>
        <location filename="../../ui/plan_actions.py" line="131"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="83"/>
        <source>Reading the workbook…</source>
        <translation>Đang đọc bảng tính…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="97"/>
        <source>Importing the plan…</source>
        <translation>Đang nhập kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="98"/>
        <source>Plan not imported</source>
        <translation>Chưa nhập được kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="103"/>
        <source>Plan %1 imported: %2</source>
        <translation>Đã nhập kế hoạch %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="107"/>
        <source>Your plan is in. Remove the sample plan now? Your own plans are kept.</source>
        <translation>Đã nhập kế hoạch của đơn vị. Xóa kế hoạch mẫu ngay bây giờ? Các kế hoạch của đơn vị được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="128"/>
        <location filename="../../ui/plan_actions.py" line="142"/>
        <source>Writing the workbook…</source>
        <translation>Đang ghi bảng tính…</translation>
    </message>
</context>
<context>
    <name>PlanAgencyDialog</name>
    <message>
        <location filename="../../ui/forms/plan_agency_dialog.ui" line="12"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_agency_dialog.ui" line="43"/>
        <source>Agency name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_agency_dialog.ui" line="56"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_agency_dialog.ui" line="69"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_agency_dialog.ui" line="82"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_agency_dialog.ui" line="95"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>PlanAssignmentsDialog</name>
    <message>
        <location filename="../../ui/forms/plan_assignments_dialog.ui" line="12"/>
        <source>Assigned agencies</source>
        <translation>Phân công cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_assignments_dialog.ui" line="43"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_assignments_dialog.ui" line="69"/>
        <source>Co-supporting agencies (tick them)</source>
        <translation>Cơ quan phối hợp (đánh dấu chọn)</translation>
    </message>
</context>
<context>
    <name>PlanCommuneDialog</name>
    <message>
        <location filename="../../ui/forms/plan_commune_dialog.ui" line="12"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_commune_dialog.ui" line="43"/>
        <source>Commune name</source>
        <translation>Tên xã</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_commune_dialog.ui" line="56"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
</context>
<context>
    <name>PlanEditors</name>
    <message>
        <location filename="../../ui/plan_editors.py" line="624"/>
        <source>Add village…</source>
        <translation>Thêm thôn (làng)…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="625"/>
        <source>Rename village…</source>
        <translation>Sửa tên thôn…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="627"/>
        <source>Move village to another commune…</source>
        <translation>Chuyển thôn sang xã khác…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="629"/>
        <source>Assigned agencies…</source>
        <translation>Phân công cơ quan…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="631"/>
        <source>Support team…</source>
        <translation>Tổ hỗ trợ…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="632"/>
        <source>Take village out of the plan…</source>
        <translation>Đưa thôn ra khỏi kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="634"/>
        <source>Communes and districts…</source>
        <translation>Xã, huyện…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="635"/>
        <source>Agencies…</source>
        <translation>Cơ quan, đơn vị…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="670"/>
        <source>Add village to this commune…</source>
        <translation>Thêm thôn vào xã này…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="671"/>
        <source>Rename commune…</source>
        <translation>Sửa tên xã…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="672"/>
        <source>Move commune to another district…</source>
        <translation>Chuyển xã sang huyện khác…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="695"/>
        <source>Plan changed.</source>
        <translation>Đã sửa kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="708"/>
        <source>Village added to the plan; now its lead agency and its support team.</source>
        <translation>Đã thêm thôn vào kế hoạch; tiếp theo: cơ quan chủ trì và tổ hỗ trợ của thôn.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="748"/>
        <source>Take “%1” out of plan %2? Its assignments and support team in this plan are removed; its assessments and records are kept (a village with none is deleted).</source>
        <translation>Đưa “%1” ra khỏi kế hoạch %2? Phân công và tổ hỗ trợ của thôn trong kế hoạch này sẽ bị bỏ; kết quả đánh giá và hồ sơ của thôn được giữ lại (thôn chưa có số liệu nào thì bị xóa).</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="750"/>
        <source>Take village out of the plan</source>
        <translation>Đưa thôn ra khỏi kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="754"/>
        <source>Changing the plan…</source>
        <translation>Đang sửa kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="755"/>
        <source>Plan not changed</source>
        <translation>Chưa sửa được kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="760"/>
        <source>Village deleted (nothing was recorded for it).</source>
        <translation>Đã xóa thôn (thôn chưa có số liệu nào).</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="761"/>
        <source>Village taken out of the plan; its assessments and records are kept.</source>
        <translation>Đã đưa thôn ra khỏi kế hoạch; kết quả đánh giá và hồ sơ của thôn được giữ lại.</translation>
    </message>
</context>
<context>
    <name>PlanListDialog</name>
    <message>
        <location filename="../../ui/forms/plan_list_dialog.ui" line="14"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_list_dialog.ui" line="57"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_list_dialog.ui" line="67"/>
        <source>Rename…</source>
        <translation>Sửa tên…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_list_dialog.ui" line="77"/>
        <source>Move…</source>
        <translation>Chuyển…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_list_dialog.ui" line="87"/>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
</context>
<context>
    <name>PlanTeamDialog</name>
    <message>
        <location filename="../../ui/forms/plan_team_dialog.ui" line="14"/>
        <source>Support team</source>
        <translation>Tổ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_team_dialog.ui" line="72"/>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_team_dialog.ui" line="82"/>
        <source>Remove member</source>
        <translation>Bỏ thành viên</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="299"/>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="299"/>
        <location filename="../../ui/plan_tree_view.py" line="41"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="438"/>
        <source>%1/%2 villages meet</source>
        <translation>%1/%2 thôn đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="417"/>
        <source>Met: %1, not met: %2, in progress: %3, not assessed: %4</source>
        <translation>Đạt: %1, chưa đạt: %2, đang thực hiện: %3, chưa đánh giá: %4</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="367"/>
        <source>Review overdue: %1 village(s)</source>
        <translation>Quá hạn rà soát: %1 thôn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="373"/>
        <source>Review: %1</source>
        <translation>Rà soát: %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="375"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="422"/>
        <source>★ Meets the new rural village standard</source>
        <translation>★ Đạt chuẩn thôn nông thôn mới</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="429"/>
        <source>%1 of %2 villages meet the standard</source>
        <translation>%1/%2 thôn đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/plan_tree_model.py" line="431"/>
        <source>Criteria met: %1 of %2</source>
        <translation>Tiêu chí đạt: %1/%2</translation>
    </message>
</context>
<context>
    <name>PlanVillageDialog</name>
    <message>
        <location filename="../../ui/forms/plan_village_dialog.ui" line="12"/>
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_village_dialog.ui" line="43"/>
        <source>Village name</source>
        <translation>Tên thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/plan_village_dialog.ui" line="56"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_actions.py" line="87"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="89"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="92"/>
        <source>Print the sheets of every village…</source>
        <translation>In phiếu tất cả các thôn…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="95"/>
        <source>Each village starts on an &amp;odd page (two-sided printing)</source>
        <translation>Mỗi thôn bắt đầu ở trang &amp;lẻ (in hai mặt)</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="99"/>
        <source>Add the attached &amp;images as an annex</source>
        <translation>In kèm ảnh minh chứng (&amp;phụ lục)</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="106"/>
        <source>&amp;Export the village&apos;s sheet (PDF)…</source>
        <translation>&amp;Xuất phiếu thôn (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="107"/>
        <source>Export the sheets of &amp;all villages (PDF)…</source>
        <translation>Xuất phiếu &amp;tất cả các thôn (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="109"/>
        <source>Print preview of the agency&apos;s sheet…</source>
        <translation>Xem trước khi in phiếu của cơ quan…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="111"/>
        <source>Print the agency&apos;s sheet…</source>
        <translation>In phiếu của cơ quan…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="113"/>
        <source>Export the agency&apos;s sheet (PDF)…</source>
        <translation>Xuất phiếu của cơ quan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="129"/>
        <source>Choose an agency in the table first.</source>
        <translation>Hãy chọn một cơ quan trong bảng trước.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="156"/>
        <source>Sheet of %1 (%2), %3</source>
        <translation>Phiếu thôn %1 (%2) năm %3</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="163"/>
        <source>Sheets of every village, %1</source>
        <translation>Phiếu các thôn năm %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="171"/>
        <source>Sheet of %1, %2</source>
        <translation>Phiếu của %1 năm %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="184"/>
        <source>Summary report %1</source>
        <translation>Báo cáo tổng hợp năm %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="205"/>
        <source>This page has nothing to print.</source>
        <translation>Trang này không có gì để in.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="209"/>
        <source>Preparing %1…</source>
        <translation>Đang chuẩn bị %1…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="212"/>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="222"/>
        <location filename="../../ui/print_actions.py" line="229"/>
        <location filename="../../ui/print_actions.py" line="240"/>
        <location filename="../../ui/print_actions.py" line="276"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="256"/>
        <source>Writing the sheets…</source>
        <translation>Đang ghi phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="257"/>
        <source>Sheets not written</source>
        <translation>Chưa ghi được phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="261"/>
        <source>Wrote %1 page(s) for %2 village(s) to %3.</source>
        <translation>Đã ghi %1 trang, phiếu của %2 thôn, vào %3.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="265"/>
        <source>Sheets written</source>
        <translation>Đã ghi phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="276"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="278"/>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="294"/>
        <source>Writing the summary report…</source>
        <translation>Đang ghi báo cáo tổng hợp…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="308"/>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="319"/>
        <source>Writing the draft review report…</source>
        <translation>Đang ghi dự thảo báo cáo…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="49"/>
        <source>The file %1 could not be read as a PDF.</source>
        <translation>Không đọc được tệp %1 như một tệp PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="137"/>
        <source>The printer could not be opened. Check that it is on and chosen in the print dialog.</source>
        <translation>Không mở được máy in. Hãy kiểm tra máy in đã bật và đã được chọn trong hộp thoại in.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="187"/>
        <source>Print preview — %1</source>
        <translation>Xem trước khi in — %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="220"/>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="222"/>
        <source>No preview</source>
        <translation>Không xem trước được</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="230"/>
        <location filename="../../ui/printing.py" line="252"/>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="233"/>
        <source>Print — %1</source>
        <translation>In — %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="247"/>
        <source>Sent %1 page(s) of %2 to the printer.</source>
        <translation>Đã gửi %1 trang của %2 tới máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="250"/>
        <source>Printing %1…</source>
        <translation>Đang in %1…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/record_dialog.py" line="48"/>
        <source>Change: %1</source>
        <translation>Sửa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="49"/>
        <source>Add: %1</source>
        <translation>Thêm: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/record_dialog.ui" line="26"/>
        <source>* required</source>
        <translation>* ô bắt buộc</translation>
    </message>
    <message>
        <location filename="../../ui/forms/record_dialog.ui" line="52"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="94"/>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="106"/>
        <source>e.g. 12.500.000</source>
        <translation>ví dụ 12.500.000</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../ui/record_gateway.py" line="177"/>
        <source>Choose a village first.</source>
        <translation>Hãy chọn thôn (làng) trước.</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="29"/>
        <source>Households</source>
        <translation>Hộ ĐBDTTS</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="30"/>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="31"/>
        <source>Resources</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="32"/>
        <source>Visits</source>
        <translation>Đi cơ sở</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="33"/>
        <source>Difficulties</source>
        <translation>Khó khăn</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="34"/>
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="35"/>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="45"/>
        <location filename="../../ui/record_labels.py" line="66"/>
        <source>Ethnic-minority households</source>
        <translation>Hộ đồng bào dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="46"/>
        <source>“Skilful mass mobilisation” models</source>
        <translation>Mô hình “Dân vận khéo”</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="47"/>
        <source>Resources mobilised</source>
        <translation>Nguồn lực huy động</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="48"/>
        <source>Visits to the village</source>
        <translation>Đi cơ sở</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="49"/>
        <source>Difficulties and proposals</source>
        <translation>Khó khăn, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="50"/>
        <source>Prestigious persons, elders, village head</source>
        <translation>Người có uy tín, già làng, trưởng thôn</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="51"/>
        <source>Initiatives and the village development plan</source>
        <translation>Sáng kiến, kế hoạch phát triển thôn</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="60"/>
        <source>Helping agency</source>
        <translation>Cơ quan giúp đỡ</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="61"/>
        <source>Households taking part</source>
        <translation>Số hộ tham gia</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="62"/>
        <location filename="../../ui/record_labels.py" line="96"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="65"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="67"/>
        <source>Reached by propaganda</source>
        <translation>Hộ được tuyên truyền</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="68"/>
        <source>Changed ways of thinking and working</source>
        <translation>Hộ thay đổi nếp nghĩ, cách làm</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="69"/>
        <source>Applying science and technology</source>
        <translation>Hộ áp dụng KH-KT</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="70"/>
        <source>Better material and spiritual life</source>
        <translation>Hộ có đời sống cải thiện</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="71"/>
        <source>In cooperatives or groups</source>
        <translation>Hộ tham gia HTX, THT</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="72"/>
        <source>Poor households</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="73"/>
        <source>Near-poor households</source>
        <translation>Hộ cận nghèo</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="74"/>
        <source>Model</source>
        <translation>Tên mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="75"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="76"/>
        <source>Year started</source>
        <translation>Năm bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="77"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="78"/>
        <location filename="../../ui/record_labels.py" line="113"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="79"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="80"/>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="81"/>
        <source>Person or enterprise</source>
        <translation>Tên người, doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="82"/>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="83"/>
        <source>Amount</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="84"/>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="85"/>
        <source>Who went</source>
        <translation>Người đi</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="86"/>
        <source>What was done</source>
        <translation>Nội dung làm việc</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="87"/>
        <source>What was agreed</source>
        <translation>Thống nhất, kết luận</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="88"/>
        <source>Raised on</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="89"/>
        <source>Difficulty or proposal</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="90"/>
        <source>Forwarded to</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="91"/>
        <source>Resolution</source>
        <translation>Kết quả giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="92"/>
        <source>Resolved on</source>
        <translation>Ngày giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="93"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="94"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="95"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="97"/>
        <source>Title</source>
        <translation>Tên sáng kiến, kế hoạch</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="106"/>
        <source>Economy</source>
        <translation>Kinh tế</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="107"/>
        <source>Culture and society</source>
        <translation>Văn hóa - xã hội</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="108"/>
        <source>Security and order</source>
        <translation>Quốc phòng - an ninh</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="109"/>
        <source>Building the political system</source>
        <translation>Xây dựng hệ thống chính trị</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="110"/>
        <source>Built</source>
        <translation>Xây dựng</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="111"/>
        <source>Maintained</source>
        <translation>Duy trì</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="112"/>
        <source>Replicated</source>
        <translation>Nhân rộng</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="114"/>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="115"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="116"/>
        <source>Money (VND)</source>
        <translation>Tiền (đồng)</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="117"/>
        <source>In kind (valued in VND)</source>
        <translation>Hiện vật (quy ra đồng)</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="118"/>
        <source>Workdays</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="119"/>
        <source>Open</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="120"/>
        <source>Forwarded</source>
        <translation>Đã chuyển</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="121"/>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="122"/>
        <source>Prestigious person</source>
        <translation>Người có uy tín</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="123"/>
        <source>Village elder</source>
        <translation>Già làng</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="124"/>
        <source>Village head</source>
        <translation>Trưởng thôn</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="125"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="126"/>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="127"/>
        <source>Under way</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="128"/>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../ui/record_labels.py" line="133"/>
        <source>⚠ over 90 days</source>
        <translation>⚠ quá 90 ngày</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="90"/>
        <source>%1 workdays</source>
        <translation>%1 ngày công</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="91"/>
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="106"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/records_page.py" line="173"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="173"/>
        <source>Change…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="174"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="174"/>
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="175"/>
        <source>Files…</source>
        <translation>Tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="324"/>
        <source>Reading the records…</source>
        <translation>Đang đọc các bản ghi…</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="368"/>
        <source>%1, record no. %2</source>
        <translation>%1, bản ghi số %2</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="483"/>
        <source>Delete record</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="484"/>
        <source>Delete %1 of %2? The history keeps what it held.</source>
        <translation>Xóa %1 của %2? Lịch sử thay đổi vẫn giữ những gì bản ghi đã có.</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="496"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="510"/>
        <source>Delete it anyway, or keep what is saved?</source>
        <translation>Vẫn xóa, hay giữ bản đã lưu?</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="511"/>
        <source>Delete anyway</source>
        <translation>Vẫn xóa</translation>
    </message>
    <message>
        <location filename="../../ui/records_page.py" line="517"/>
        <source>Not deleted</source>
        <translation>Chưa xóa</translation>
    </message>
</context>
<context>
    <name>ReorganisationDialog</name>
    <message>
        <location filename="../../ui/forms/reorganisation_dialog.ui" line="14"/>
        <source>Administrative reorganisations</source>
        <translation>Sắp xếp đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reorganisation_dialog.ui" line="28"/>
        <source>Decisions</source>
        <translation>Các quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reorganisation_dialog.ui" line="50"/>
        <source>What each old unit became:</source>
        <translation>Mỗi đơn vị cũ trở thành:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reorganisation_dialog.ui" line="71"/>
        <source>Villages&apos; history</source>
        <translation>Lịch sử của thôn</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reorganisation_dialog.ui" line="77"/>
        <source>Find a village or a unit…</source>
        <translation>Tìm thôn hoặc đơn vị…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reorganisation_dialog.ui" line="106"/>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reorganisation_dialog.ui" line="113"/>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reorganisation_dialog.ui" line="120"/>
        <source>Save template…</source>
        <translation>Lưu tệp mẫu…</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="44"/>
        <location filename="../../ui/reorganisation_dialog.py" line="67"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="45"/>
        <source>Decided by</source>
        <translation>Cơ quan quyết định</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="46"/>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="47"/>
        <source>In effect from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="48"/>
        <source>Changes</source>
        <translation>Số thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="50"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="54"/>
        <location filename="../../ui/reorganisation_dialog.py" line="68"/>
        <source>Kind of change</source>
        <translation>Loại thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="55"/>
        <location filename="../../ui/reorganisation_dialog.py" line="69"/>
        <source>Old unit</source>
        <translation>Đơn vị cũ</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="56"/>
        <source>Became</source>
        <translation>Trở thành</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="59"/>
        <source>Village (today)</source>
        <translation>Thôn (hiện nay)</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="60"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="61"/>
        <source>the beginning</source>
        <translation>từ đầu</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="62"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="63"/>
        <source>today</source>
        <translation>nay</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="64"/>
        <source>Village and units then</source>
        <translation>Thôn và đơn vị khi đó</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="70"/>
        <source>Becomes</source>
        <translation>Sẽ thành</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="73"/>
        <source>Village, before</source>
        <translation>Thôn, trước</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="74"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="179"/>
        <source>Reading the reorganisations…</source>
        <translation>Đang đọc các lần sắp xếp…</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="195"/>
        <source>%1 reorganisation(s) recorded; %2 village(s) changed commune or name and keep their history. A decision marked “(minh họa)” is illustrative, not a real one.</source>
        <translation>Đã ghi %1 lần sắp xếp; %2 thôn đổi xã hoặc đổi tên và vẫn giữ lịch sử của mình. Quyết định ghi “(minh họa)” là ví dụ, không phải quyết định thật.</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="201"/>
        <source>No reorganisation recorded yet. Save the template, fill in one row per old unit, then import it.</source>
        <translation>Chưa ghi lần sắp xếp nào. Lưu tệp mẫu, điền mỗi đơn vị cũ một dòng rồi nhập vào.</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="211"/>
        <source>Import a reorganisation</source>
        <translation>Nhập sắp xếp đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="213"/>
        <location filename="../../ui/reorganisation_dialog.py" line="249"/>
        <location filename="../../ui/reorganisation_dialog.py" line="256"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="227"/>
        <source>Reading the workbook…</source>
        <translation>Đang đọc bảng tính…</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="240"/>
        <source>Recording the reorganisation…</source>
        <translation>Đang ghi sắp xếp đơn vị hành chính…</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="244"/>
        <source>Recorded: %1.</source>
        <translation>Đã ghi: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="253"/>
        <location filename="../../ui/reorganisation_dialog.py" line="267"/>
        <source>Writing the workbook…</source>
        <translation>Đang ghi bảng tính…</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="273"/>
        <source>Administrative &amp;reorganisations…</source>
        <translation>&amp;Sắp xếp đơn vị hành chính…</translation>
    </message>
</context>
<context>
    <name>ReorganisationPreviewDialog</name>
    <message>
        <location filename="../../ui/forms/reorganisation_preview_dialog.ui" line="14"/>
        <source>Import a reorganisation</source>
        <translation>Nhập sắp xếp đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reorganisation_preview_dialog.ui" line="27"/>
        <source>What merges into what:</source>
        <translation>Đơn vị nào nhập vào đơn vị nào:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/reorganisation_preview_dialog.ui" line="47"/>
        <source>What each village becomes:</source>
        <translation>Mỗi thôn sẽ thuộc:</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="115"/>
        <source>“%1” cannot be imported; nothing was written. Correct the file and import it again:</source>
        <translation>Không nhập được “%1”; chưa ghi gì. Hãy sửa tệp rồi nhập lại:</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="125"/>
        <source>“%1” will record %2 decision(s): %3 unit(s) change, %4 village(s) change commune or name. Every village keeps its records.</source>
        <translation>“%1” sẽ ghi %2 quyết định: %3 đơn vị thay đổi, %4 thôn đổi xã hoặc đổi tên. Mỗi thôn giữ nguyên mọi số liệu của mình.</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="131"/>
        <source>Nothing would change: every decision in “%1” is already recorded.</source>
        <translation>Không có gì thay đổi: mọi quyết định trong “%1” đã được ghi.</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="141"/>
        <source>Already recorded, left as it is: %1</source>
        <translation>Đã ghi trước đây, giữ nguyên: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reorganisation_dialog.py" line="145"/>
        <source>Record</source>
        <translation>Ghi</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../ui/review_labels.py" line="14"/>
        <source>In review</source>
        <translation>Đang rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="15"/>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="16"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="17"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="23"/>
        <source>Sending</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="24"/>
        <source>Approval</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="25"/>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="26"/>
        <source>Reopening</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="27"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="33"/>
        <source>Yearly review</source>
        <translation>Rà soát cả năm</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="34"/>
        <source>Mid-year review</source>
        <translation>Rà soát 6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="40"/>
        <location filename="../../ui/review_strip.py" line="51"/>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_labels.py" line="42"/>
        <source>overdue by %1 day(s)</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="49"/>
        <source>No review round is open for %1.</source>
        <translation>Chưa mở đợt rà soát năm %1.</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="52"/>
        <source>opened at %1 by %2</source>
        <translation>mở lúc %1 bởi %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="55"/>
        <source>closed at %1 by %2</source>
        <translation>kết thúc lúc %1 bởi %2</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../ui/review_actions.py" line="83"/>
        <location filename="../../ui/review_actions.py" line="202"/>
        <source>Review</source>
        <translation>Rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="90"/>
        <source>&amp;Review</source>
        <translation>&amp;Rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="92"/>
        <source>&amp;List of the year&apos;s reviews</source>
        <translation>&amp;Danh sách rà soát của năm</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="94"/>
        <source>&amp;Open a review round…</source>
        <translation>&amp;Mở đợt rà soát…</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="95"/>
        <source>Change the &amp;deadline…</source>
        <translation>Đổi &amp;hạn gửi…</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="96"/>
        <source>&amp;Close the review round…</source>
        <translation>&amp;Kết thúc đợt rà soát…</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="97"/>
        <source>Reopen the review &amp;round…</source>
        <translation>Mở lại đợt &amp;rà soát…</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="99"/>
        <source>Close the &amp;year once reported…</source>
        <translation>Khóa sổ &amp;năm đã báo cáo…</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="100"/>
        <source>Reopen the closed y&amp;ear…</source>
        <translation>Mở lại năm đã &amp;khóa sổ…</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="203"/>
        <source>%1 of your villages returned or overdue</source>
        <translation>%1 thôn (làng) của bạn bị trả lại hoặc quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="220"/>
        <source>%1: sent for approval.</source>
        <translation>%1: đã gửi duyệt.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="221"/>
        <source>%1: marked as sent by its support team.</source>
        <translation>%1: đã ghi nhận tổ hỗ trợ gửi.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="222"/>
        <source>%1: approved; its figures of the year are locked.</source>
        <translation>%1: đã duyệt; số liệu năm của thôn đã khóa.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="223"/>
        <source>%1: returned to its support team.</source>
        <translation>%1: đã trả lại tổ hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="224"/>
        <source>%1: reopened; it can be changed again.</source>
        <translation>%1: đã mở lại; có thể sửa tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="225"/>
        <source>%1: comment added.</source>
        <translation>%1: đã thêm ý kiến.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="234"/>
        <source>Received from the support team</source>
        <translation>Đã nhận kết quả của tổ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="235"/>
        <source>Record that the support team of %1 sent its review of %2 (its workbook, a paper sheet, a message): it counts as sent today.</source>
        <translation>Ghi nhận tổ hỗ trợ %1 đã gửi kết quả rà soát năm %2 (sổ Excel, bản giấy, tin nhắn): tính là gửi hôm nay.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="237"/>
        <source>How it came (optional):</source>
        <translation>Nhận qua (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="237"/>
        <source>Mark as sent</source>
        <translation>Ghi nhận đã gửi</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="239"/>
        <source>Approve the review</source>
        <translation>Duyệt kết quả rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="240"/>
        <source>Approve the review of %1 for %2? Its checklist and records of the year are then locked: nobody can change them until the secretariat reopens it with a reason.</source>
        <translation>Duyệt kết quả rà soát năm %2 của %1? Bảng tiêu chí và sổ theo dõi năm đó sẽ bị khóa: không ai sửa được cho đến khi Văn phòng mở lại kèm lý do.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="242"/>
        <source>Comment (optional):</source>
        <translation>Ý kiến (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="242"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="244"/>
        <source>Return to the support team</source>
        <translation>Trả lại tổ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="245"/>
        <source>Send the review of %1 for %2 back to its support team. Say what is to be done: the team lead reads it on the village&apos;s page and in their review list.</source>
        <translation>Trả kết quả rà soát năm %2 của %1 về tổ hỗ trợ. Ghi rõ việc cần làm: tổ trưởng đọc được trên trang của thôn và trong danh sách rà soát của mình.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="247"/>
        <source>Comment (required):</source>
        <translation>Ý kiến (bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="247"/>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="249"/>
        <source>Reopen the approved review</source>
        <translation>Mở lại kết quả đã duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="250"/>
        <source>Unlock %1 for %2 so that its checklist and records can change again; it is then in review. The reason is kept with the review and in the history.</source>
        <translation>Mở khóa năm %2 của %1 để sửa lại bảng tiêu chí và sổ theo dõi; thôn trở về trạng thái đang rà soát. Lý do được lưu cùng kết quả rà soát và trong lịch sử thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="252"/>
        <location filename="../../ui/review_actions.py" line="319"/>
        <location filename="../../ui/review_actions.py" line="344"/>
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="252"/>
        <location filename="../../ui/review_actions.py" line="319"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="253"/>
        <source>Comment on the review</source>
        <translation>Ý kiến về kết quả rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="254"/>
        <source>A remark on the review of %1 for %2, kept in its thread; the state does not change.</source>
        <translation>Một ý kiến về kết quả rà soát năm %2 của %1, lưu trong phần trao đổi; trạng thái không đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="255"/>
        <source>Comment:</source>
        <translation>Ý kiến:</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="255"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="264"/>
        <source>Not done</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="273"/>
        <source>%1 of plan %2</source>
        <translation>Năm %1 của kế hoạch %2</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="285"/>
        <source>Opened: %1 %2.</source>
        <translation>Đã mở đợt: %1 %2.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="298"/>
        <source>New deadline: %1.</source>
        <translation>Hạn gửi mới: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="305"/>
        <source>Close the review round</source>
        <translation>Kết thúc đợt rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="306"/>
        <source>Close the %1? No village can be sent, approved or returned in it any more (it can be reopened with a reason).</source>
        <translation>Kết thúc đợt “%1”? Sau đó không gửi, duyệt hay trả lại thôn nào trong đợt này nữa (có thể mở lại kèm lý do).</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="310"/>
        <source>%1 closed.</source>
        <translation>Đã kết thúc: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="317"/>
        <source>Reopen the review round</source>
        <translation>Mở lại đợt rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="318"/>
        <source>Reopen the %1 so that villages can be sent, approved and returned in it again.</source>
        <translation>Mở lại đợt “%1” để tiếp tục gửi, duyệt và trả lại các thôn.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="322"/>
        <source>%1 reopened.</source>
        <translation>Đã mở lại: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="329"/>
        <location filename="../../ui/review_actions.py" line="332"/>
        <source>Close the year</source>
        <translation>Khóa sổ năm</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="330"/>
        <source>Close %1 once it is reported: nothing of its villages can change any more and its figures print as final. The secretariat can reopen it, with a reason.</source>
        <translation>Khóa sổ %1 khi đã báo cáo: số liệu của các thôn năm đó không sửa được nữa và được in là số liệu chính thức. Văn phòng có thể mở lại, kèm lý do.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="332"/>
        <source>Reported in (optional):</source>
        <translation>Đã báo cáo tại (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="335"/>
        <source>Year closed: %1.</source>
        <translation>Đã khóa sổ: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="342"/>
        <location filename="../../ui/review_actions.py" line="344"/>
        <source>Reopen the year</source>
        <translation>Mở lại năm</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="343"/>
        <source>Reopen %1 so that its villages&apos; figures can change again; its printed figures are then no longer final.</source>
        <translation>Mở lại %1 để sửa được số liệu của các thôn; số liệu in ra khi đó không còn là chính thức.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="348"/>
        <source>Year reopened: %1.</source>
        <translation>Đã mở lại: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewNoteDialog</name>
    <message>
        <location filename="../../ui/review_dialogs.py" line="42"/>
        <source>Write it first: it is kept with the review and shown to the team.</source>
        <translation>Hãy viết nội dung trước: nội dung được lưu cùng kết quả rà soát và tổ hỗ trợ đọc được.</translation>
    </message>
</context>
<context>
    <name>ReviewRoundDialog</name>
    <message>
        <location filename="../../ui/forms/review_round_dialog.ui" line="14"/>
        <source>Open a review round</source>
        <translation>Mở đợt rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_round_dialog.ui" line="20"/>
        <source>Each support team reviews its village against the criteria by the deadline and sends it for approval; a review sent after the deadline counts as late. Approving a village in the yearly round locks its figures of the year.</source>
        <translation>Mỗi tổ hỗ trợ rà soát thôn (làng) của mình theo bộ tiêu chí và gửi duyệt trước hạn; gửi sau hạn được tính là chậm. Duyệt một thôn trong đợt rà soát cả năm sẽ khóa số liệu năm đó của thôn.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_round_dialog.ui" line="32"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_round_dialog.ui" line="45"/>
        <source>Round:</source>
        <translation>Đợt:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_round_dialog.ui" line="58"/>
        <source>Deadline:</source>
        <translation>Hạn gửi:</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="71"/>
        <source>Open the round</source>
        <translation>Mở đợt rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="76"/>
        <location filename="../../ui/review_dialogs.py" line="77"/>
        <source>Change the deadline</source>
        <translation>Đổi hạn gửi</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="87"/>
        <source>Deadline: “%1” is not a date (e.g. %2).</source>
        <translation>Hạn gửi: “%1” không phải là ngày (ví dụ %2).</translation>
    </message>
</context>
<context>
    <name>ReviewStrip</name>
    <message>
        <location filename="../../ui/forms/review_strip.ui" line="66"/>
        <source>The round, the lock if any, and every comment of this village&apos;s review</source>
        <translation>Đợt rà soát, khóa số liệu (nếu có) và mọi ý kiến trao đổi về kết quả rà soát của thôn (làng) này</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_strip.ui" line="76"/>
        <source>Send for approval</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_strip.ui" line="79"/>
        <source>Send this village&apos;s review of the year to the secretariat</source>
        <translation>Gửi kết quả rà soát năm của thôn (làng) này lên Văn phòng để duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_strip.ui" line="89"/>
        <source>Received from the team…</source>
        <translation>Đã nhận của tổ…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_strip.ui" line="92"/>
        <source>Record that the support team sent its review (its workbook, a paper sheet)</source>
        <translation>Ghi nhận tổ hỗ trợ đã gửi kết quả rà soát (sổ Excel, bản giấy)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_strip.ui" line="102"/>
        <source>Approve…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_strip.ui" line="105"/>
        <source>Approve the village&apos;s review: its figures of the year are then locked</source>
        <translation>Duyệt kết quả rà soát của thôn (làng): số liệu năm đó sẽ bị khóa</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_strip.ui" line="115"/>
        <source>Return…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_strip.ui" line="118"/>
        <source>Send the review back to the support team with a comment</source>
        <translation>Trả kết quả rà soát về tổ hỗ trợ kèm ý kiến</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_strip.ui" line="128"/>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_strip.ui" line="131"/>
        <source>Unlock the approved village-year, with the reason</source>
        <translation>Mở khóa số liệu năm đã duyệt của thôn (làng), kèm lý do</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="124"/>
        <source>round closed</source>
        <translation>đợt đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="126"/>
        <source>locked</source>
        <translation>đã khóa số liệu</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="131"/>
        <source>Returned with: “%1”</source>
        <translation>Trả lại với ý kiến: “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="135"/>
        <source>Thread (%1)…</source>
        <translation>Trao đổi (%1)…</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="136"/>
        <source>Thread…</source>
        <translation>Trao đổi…</translation>
    </message>
</context>
<context>
    <name>ReviewThread</name>
    <message>
        <location filename="../../ui/review_strip.py" line="39"/>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="40"/>
        <source>Who</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="41"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="42"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="163"/>
        <source>Add a comment…</source>
        <translation>Thêm ý kiến…</translation>
    </message>
    <message>
        <location filename="../../ui/review_strip.py" line="185"/>
        <source>Review of %1</source>
        <translation>Rà soát của %1</translation>
    </message>
</context>
<context>
    <name>ReviewYearsDialog</name>
    <message>
        <location filename="../../ui/forms/review_dialog.ui" line="14"/>
        <source>Draft review report</source>
        <translation>Dự thảo báo cáo sơ kết</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_dialog.ui" line="32"/>
        <source>From year:</source>
        <translation>Từ năm:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_dialog.ui" line="45"/>
        <source>To year:</source>
        <translation>Đến năm:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/review_dialog.ui" line="20"/>
        <source>A one-year review compares with the year before; a longer one compares its last year with its first.</source>
        <translation>Báo cáo một năm so sánh với năm trước; báo cáo nhiều năm so sánh năm cuối với năm đầu.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../ui/forms/reviews_page.ui" line="50"/>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="38"/>
        <source>every village</source>
        <translation>tất cả thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="39"/>
        <source>to do (in review or returned)</source>
        <translation>cần làm (đang rà soát, trả lại)</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="40"/>
        <location filename="../../ui/reviews_page.py" line="48"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="41"/>
        <source>returned</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="42"/>
        <source>submitted</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="43"/>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="58"/>
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="59"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="60"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="61"/>
        <source>Review</source>
        <translation>Rà soát</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="63"/>
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="65"/>
        <source>Returned with</source>
        <translation>Ý kiến trả lại</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="156"/>
        <source>Every village of the plan: %1 of %2 shown</source>
        <translation>Các thôn (làng) của kế hoạch: hiện %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="157"/>
        <source>The villages whose support team you lead: %1 of %2 shown</source>
        <translation>Các thôn (làng) bạn làm tổ trưởng tổ hỗ trợ: hiện %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="166"/>
        <source>Choose a returned village to read the secretariat&apos;s comment.</source>
        <translation>Chọn một thôn (làng) bị trả lại để đọc ý kiến của Văn phòng.</translation>
    </message>
    <message>
        <location filename="../../ui/reviews_page.py" line="169"/>
        <source>%1 was returned by %2 at %3: “%4”</source>
        <translation>%1 được %2 trả lại lúc %3: “%4”</translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <location filename="../../ui/help_guide.py" line="152"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="40"/>
        <source>Heading of the documents (for the whole office)</source>
        <translation>Tiêu đề văn bản (chung cho cả cơ quan)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="46"/>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="63"/>
        <source>Its superior body</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="80"/>
        <source>Place in the date line</source>
        <translation>Địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="97"/>
        <source>Typeface</source>
        <translation>Phông chữ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="113"/>
        <source>Signature blocks</source>
        <translation>Phần ký</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="119"/>
        <source>Signing on behalf of</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="136"/>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="153"/>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="170"/>
        <source>Preparer&apos;s title</source>
        <translation>Chức danh người lập</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="187"/>
        <source>Preparer&apos;s name</source>
        <translation>Họ tên người lập</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="211"/>
        <source>This PC</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="217"/>
        <source>Default folder for saved files</source>
        <translation>Thư mục lưu tệp mặc định</translation>
    </message>
    <message>
        <location filename="../../ui/forms/settings_dialog.ui" line="232"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>the plan&apos;s: %1</source>
        <translation>của kế hoạch: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>e.g. T/M BAN THƯỜNG VỤ</source>
        <translation>ví dụ: T/M BAN THƯỜNG VỤ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>The heading and signatures are the same for every PC of the office and for the command line. A blank issuing body or place prints the plan&apos;s.</source>
        <translation>Tiêu đề và phần ký dùng chung cho mọi máy của cơ quan và cho dòng lệnh. Để trống cơ quan ban hành hoặc địa danh thì in theo kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>Only the secretariat changes the office&apos;s settings; you can change this PC&apos;s folder.</source>
        <translation>Chỉ Văn phòng (thư ký) được đổi thiết lập văn bản của cơ quan; anh/chị đổi được thư mục của máy này.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>Default folder</source>
        <translation>Thư mục mặc định</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Thư mục “%1” không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Thiết lập…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/forms/sign_in_dialog.ui" line="12"/>
        <source>Sign in to Làng Mới</source>
        <translation>Đăng nhập Làng Mới</translation>
    </message>
    <message>
        <location filename="../../ui/forms/sign_in_dialog.ui" line="43"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/forms/sign_in_dialog.ui" line="56"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
</context>
<context>
    <name>SystemActions</name>
    <message>
        <location filename="../../ui/system_actions.py" line="24"/>
        <source>&amp;User accounts…</source>
        <translation>&amp;Tài khoản người dùng…</translation>
    </message>
    <message>
        <location filename="../../ui/system_actions.py" line="27"/>
        <source>&amp;Database…</source>
        <translation>&amp;Cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../ui/system_actions.py" line="29"/>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../ui/system_actions.py" line="36"/>
        <source>%1 on this PC (no sign-in)</source>
        <translation>%1 trên máy này (không đăng nhập)</translation>
    </message>
    <message>
        <location filename="../../ui/system_actions.py" line="38"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../ui/tasks.py" line="101"/>
        <source>Cancel the work in progress and close the program?</source>
        <translation>Hủy việc đang làm và đóng chương trình?</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="102"/>
        <source>Close Làng Mới</source>
        <translation>Đóng Làng Mới</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="105"/>
        <source>Cancel and close</source>
        <translation>Hủy và đóng</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="106"/>
        <source>Keep working</source>
        <translation>Tiếp tục làm</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="118"/>
        <source>Finishing the work safely (a save to the database is never cut off); the program closes by itself when it ends.</source>
        <translation>Đang kết thúc an toàn việc đang làm (không bao giờ cắt ngang một lần ghi vào cơ sở dữ liệu); chương trình sẽ tự đóng khi việc xong.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/plan_editors.py" line="439"/>
        <source>Support team of %1. Exactly one team lead; double-click a cell to change it.</source>
        <translation>Tổ hỗ trợ của %1. Mỗi tổ có đúng một tổ trưởng; nhấp đúp vào một ô để sửa.</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../ui/plan_editors.py" line="380"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="380"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="380"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="380"/>
        <source>Role in the team</source>
        <translation>Vai trò trong tổ</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="381"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/undo.py" line="42"/>
        <source>status of criterion %1 – %2</source>
        <translation>trạng thái tiêu chí %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="43"/>
        <source>evidence of criterion %1 – %2</source>
        <translation>minh chứng tiêu chí %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="44"/>
        <source>note of criterion %1 – %2</source>
        <translation>ghi chú tiêu chí %1 – %2</translation>
    </message>
</context>
<context>
    <name>UnitsNote</name>
    <message>
        <location filename="../../ui/units_note.py" line="17"/>
        <source>Figures %1</source>
        <translation>Số liệu %1</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../ui/unsaved_changes.py" line="23"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_changes.py" line="24"/>
        <source>Discard the unsaved changes?</source>
        <translation>Bỏ các thay đổi chưa lưu?</translation>
    </message>
</context>
<context>
    <name>UpdatesActions</name>
    <message>
        <location filename="../../ui/updates_actions.py" line="28"/>
        <source>Update &amp;workbooks for support teams (Excel)…</source>
        <translation>Phiếu cập nhật gửi tổ hỗ trợ (&amp;Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="29"/>
        <source>I&amp;mport support team updates…</source>
        <translation>&amp;Nhập phiếu cập nhật của tổ hỗ trợ…</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="49"/>
        <source>Writing the update workbooks…</source>
        <translation>Đang ghi phiếu cập nhật…</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="49"/>
        <source>Workbooks not written</source>
        <translation>Chưa ghi phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="56"/>
        <source>Folder for the workbooks</source>
        <translation>Thư mục lưu các phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="61"/>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="62"/>
        <location filename="../../ui/updates_actions.py" line="84"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="70"/>
        <source>Wrote %1 workbook(s) with %2 village sheet(s) to %3.</source>
        <translation>Đã ghi %1 phiếu cập nhật (%2 sheet thôn) vào %3.</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="73"/>
        <source>Workbooks written</source>
        <translation>Đã ghi phiếu cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="83"/>
        <source>Import support team updates</source>
        <translation>Nhập phiếu cập nhật của tổ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="100"/>
        <source>Reading the workbook…</source>
        <translation>Đang đọc bảng tính…</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="101"/>
        <source>Workbook not imported</source>
        <translation>Chưa nhập tệp</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="113"/>
        <source>Saving the updates…</source>
        <translation>Đang ghi các cập nhật…</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="113"/>
        <source>Updates not saved</source>
        <translation>Chưa ghi cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/updates_actions.py" line="117"/>
        <source>%1 criterion assessment(s) updated from the workbook.</source>
        <translation>%1 tiêu chí đã được cập nhật từ phiếu.</translation>
    </message>
</context>
<context>
    <name>UpdatesExportDialog</name>
    <message>
        <location filename="../../ui/forms/updates_export_dialog.ui" line="6"/>
        <source>Update workbooks for support teams</source>
        <translation>Phiếu cập nhật gửi tổ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="36"/>
        <source>Every agency (one workbook each, into a folder)</source>
        <translation>Tất cả cơ quan (mỗi cơ quan một tệp, lưu vào một thư mục)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/updates_export_dialog.ui" line="24"/>
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/updates_export_dialog.ui" line="37"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/updates_export_dialog.ui" line="12"/>
        <source>Each workbook has a sheet per village the agency helps, with the year&apos;s checklist. Team leads fill in the status, evidence and note and send it back; import it with File → Import support team updates.</source>
        <translation>Mỗi tệp có một sheet cho mỗi thôn (làng) cơ quan giúp đỡ, với các tiêu chí của năm. Tổ trưởng tổ hỗ trợ điền tình trạng, minh chứng, ghi chú rồi gửi lại; nhập bằng Tệp → Nhập phiếu cập nhật của tổ hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>UpdatesImportDialog</name>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="65"/>
        <source>In the file</source>
        <translation>Vị trí trong tệp</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="66"/>
        <location filename="../../ui/updates_dialogs.py" line="72"/>
        <source>Village</source>
        <translation>Thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="67"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="68"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="69"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="70"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="71"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="184"/>
        <source>%1 village(s) sent their review and will be marked submitted.</source>
        <translation>%1 thôn đã gửi kết quả rà soát và sẽ được đánh dấu Đã gửi.</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="188"/>
        <source>Marked submitted (%1)</source>
        <translation>Đánh dấu Đã gửi (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="189"/>
        <source>Mark these %1 village(s) submitted (the team sent its review)</source>
        <translation>Đánh dấu Đã gửi %1 thôn này (tổ đã gửi kết quả rà soát)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/updates_import_dialog.ui" line="14"/>
        <source>Import support team updates</source>
        <translation>Nhập phiếu cập nhật của tổ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="140"/>
        <source>This workbook cannot be imported; nothing was written.</source>
        <translation>Không nhập được tệp này; chưa ghi gì.</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="152"/>
        <source>“%1” from %2 for %3: %4 change(s), %5 conflict(s), %6 row(s) refused, %7 row(s) unchanged. Nothing is written until you apply; conflicts are applied only when you tick them.</source>
        <translation>“%1” của %2, năm %3: %4 thay đổi, %5 xung đột, %6 dòng không nhận, %7 dòng giữ nguyên. Chưa ghi gì cho đến khi bấm áp dụng; dòng xung đột chỉ được ghi khi được đánh dấu chọn.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/updates_import_dialog.ui" line="34"/>
        <source>Changes (%1)</source>
        <translation>Thay đổi (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/updates_import_dialog.ui" line="78"/>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/updates_import_dialog.ui" line="122"/>
        <source>Refused (%1)</source>
        <translation>Không nhận (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/updates_import_dialog.ui" line="181"/>
        <source>Tick all on this tab</source>
        <translation>Chọn tất cả trong thẻ này</translation>
    </message>
    <message>
        <location filename="../../ui/forms/updates_import_dialog.ui" line="188"/>
        <source>Untick all on this tab</source>
        <translation>Bỏ chọn trong thẻ này</translation>
    </message>
    <message>
        <location filename="../../ui/updates_dialogs.py" line="218"/>
        <source>Apply %1 ticked row(s)</source>
        <translation>Áp dụng %1 dòng đã chọn</translation>
    </message>
</context>
<context>
    <name>VillageDialog</name>
    <message>
        <location filename="../../ui/plan_editors.py" line="180"/>
        <source>Add a village</source>
        <translation>Thêm thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="180"/>
        <source>Rename the village</source>
        <translation>Sửa tên thôn (làng)</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="181"/>
        <source>Move the village to another commune</source>
        <translation>Chuyển thôn (làng) sang xã khác</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="184"/>
        <source>Village: %1</source>
        <translation>Thôn (làng): %1</translation>
    </message>
    <message>
        <location filename="../../ui/plan_editors.py" line="207"/>
        <source>Not saved. Commune: choose the commune.</source>
        <translation>Chưa lưu. Xã: hãy chọn xã.</translation>
    </message>
</context>
<context>
    <name>VillageFiles</name>
    <message>
        <location filename="../../ui/attachment_panel.py" line="83"/>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_panel.py" line="86"/>
        <source>Evidence files (%1)…</source>
        <translation>Tệp minh chứng (%1)…</translation>
    </message>
</context>
<context>
    <name>VillagePanel</name>
    <message>
        <location filename="../../ui/village_panel.py" line="42"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="43"/>
        <source>Role in team</source>
        <translation>Vai trò trong tổ</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="44"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="45"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="46"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="188"/>
        <location filename="../../ui/village_panel.py" line="216"/>
        <location filename="../../ui/forms/village_panel.ui" line="171"/>
        <source>Support team</source>
        <translation>Tổ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/village_panel.ui" line="60"/>
        <source>Reading the village…</source>
        <translation>Đang đọc dữ liệu thôn…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/village_panel.ui" line="70"/>
        <source>Change history…</source>
        <translation>Lịch sử thay đổi…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/village_panel.ui" line="96"/>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="242"/>
        <source>The database is open read-only: you can read this village, not change it.</source>
        <translation>Cơ sở dữ liệu đang mở chỉ để xem: xem được thôn (làng) này nhưng không sửa được.</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="245"/>
        <source>You can read this village; only its support team&apos;s lead and the secretariat change it.</source>
        <translation>Bạn chỉ xem được thôn này; chỉ tổ trưởng tổ hỗ trợ của thôn và Văn phòng (thư ký) được sửa.</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="184"/>
        <source>Choose a village in the tree</source>
        <translation>Chọn một thôn (làng) trong cây bên trái</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="197"/>
        <source>Commune: %1</source>
        <translation>Xã: %1</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="199"/>
        <source>District: %1</source>
        <translation>Huyện: %1</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="203"/>
        <source>Households: %1</source>
        <translation>Số hộ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="212"/>
        <source>No lead agency assigned.</source>
        <translation>Chưa phân công cơ quan chủ trì.</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="222"/>
        <source>The criteria set %1 is a template: %2</source>
        <translation>Bộ tiêu chí %1 là bản mẫu: %2</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="262"/>
        <source>History of this criterion…</source>
        <translation>Lịch sử của tiêu chí này…</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="317"/>
        <source>Checklist %1: %2</source>
        <translation>Kết quả thực hiện tiêu chí năm %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/village_panel.py" line="320"/>
        <source>★ meets the standard</source>
        <translation>★ đạt chuẩn</translation>
    </message>
</context>
<context>
    <name>WindowUndo</name>
    <message>
        <location filename="../../ui/undo.py" line="137"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="144"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="144"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="145"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="145"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="172"/>
        <source>add %1 – %2</source>
        <translation>thêm %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="174"/>
        <source>delete %1 – %2</source>
        <translation>xóa %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="176"/>
        <source>change %1 – %2</source>
        <translation>sửa %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="245"/>
        <source>Not redone</source>
        <translation>Chưa làm lại</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="245"/>
        <source>Not undone</source>
        <translation>Chưa hoàn tác</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../ui/background.py" line="31"/>
        <source>An unexpected error occurred; the details are in the log file.</source>
        <translation>Đã xảy ra lỗi không mong đợi; chi tiết được ghi trong tệp nhật ký.</translation>
    </message>
</context>
</TS>
