<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AudioPart</name>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="63" />
        <source>MP3 files for little players</source>
        <translation>存成MP3，给唱戏机听</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="63" />
        <source>Back without saving</source>
        <translation>返回，不保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="67" />
        <source>Short file names (for old players)</source>
        <translation>短文件名（老式唱戏机用）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="70" />
        <source>Choose the USB stick and start</source>
        <translation>选U盘，开始存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="77" />
        <source>, chosen</source>
        <translation>，已选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="78" />
        <source>One MP3 file a lesson, read aloud, into the folder "%1" on the USB stick or TF card.</source>
        <translation>每课一个MP3文件，是朗读的声音，存到U盘或存储卡的“%1”文件夹里。</translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="67" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="67" />
        <source>Back to the secretary's page</source>
        <translation>回到支部书记的页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="69" />
        <location filename="../../desktop_app/gui/backup_screen.py" line="143" />
        <source>Back up the records</source>
        <translation>备份学习记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="73" />
        <source>Back up to a USB stick</source>
        <translation>备份到U盘</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="74" />
        <source>Back up: copy all the study records and photos to a USB stick</source>
        <translation>备份：把全部学习记录和照片复制到U盘上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="79" />
        <source>Restore from a USB stick</source>
        <translation>从U盘恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="79" />
        <source>Restore: put back the records from a copy on a USB stick</source>
        <translation>恢复：用U盘上的一份备份换回学习记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="108" />
        <source>Restore the records from this copy?</source>
        <translation>用这份备份恢复学习记录吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="114" />
        <source>The records now on this computer are not deleted: they are kept aside first. Afterwards everybody touches their name again.</source>
        <translation>现在电脑上的记录不会删除，会先另存一份。恢复以后，大家要重新点一下自己的名字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="118" />
        <source>Do not restore</source>
        <translation>不恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="118" />
        <source>Do not restore: keep the records as they are</source>
        <translation>不恢复：记录保持原样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="121" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="121" />
        <source>Restore: the records of this copy take the place of the current ones</source>
        <translation>恢复：用这份备份里的记录换掉现在的记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="199" />
        <source>Back up the records to which USB stick?</source>
        <translation>把学习记录备份到哪个U盘？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="248" />
        <source>%1/%2/%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="258" />
        <source>The records have not been backed up to a USB stick yet. Back them up once a month and keep the stick safe.</source>
        <translation>还没有备份到U盘过。请每个月备份一次，把U盘收好。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="261" />
        <source>Last backed up to a USB stick on %1 (USB stick %2).</source>
        <translation>上次备份到U盘是%1（U盘 %2）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="269" />
        <source>This copy was made on %1. It holds %2 members; nobody had studied yet.</source>
        <translation>这份备份是%1做的，里面有 %2 名党员，还没有人学习过。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="271" />
        <source>This copy was made on %1. It holds %2 members; the last study in it was on %3.</source>
        <translation>这份备份是%1做的，里面有 %2 名党员，最后一次学习是%3。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="308" />
        <source>It could not be finished; the records are as they were. The details are in the log.</source>
        <translation>没有做完，记录保持原样。详细情况写在日志里。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="315" />
        <source>Backing up. Please do not pull out the USB stick…</source>
        <translation>正在备份，请不要拔U盘……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="322" />
        <source>Backed up on USB stick %1, in the folder %2, as %3. You can pull out the USB stick now.</source>
        <translation>备份好了：在U盘 %1 的“%2”文件夹里，文件名是 %3。现在可以拔下U盘了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="333" />
        <source>Reading the copy. Please do not pull out the USB stick…</source>
        <translation>正在读这份备份，请不要拔U盘……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="349" />
        <source>Not restored. The records are as they were.</source>
        <translation>没有恢复，记录保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_screen.py" line="362" />
        <source>Restored: the records are now those of the copy made on %1 (%2 members). The records from before are kept aside, not deleted. Everybody please touch their name again.</source>
        <translation>恢复好了：现在的记录是%1做的那份备份（%2 名党员）。原来的记录另存了一份，没有删除。请大家重新点一下自己的名字。</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="27" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="27" />
        <source>Back to the quiz levels</source>
        <translation>回到闯关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="29" />
        <location filename="../../desktop_app/gui/board_screen.py" line="54" />
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="31" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="32" />
        <source>This season</source>
        <translation>本季</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="71" />
        <source>, chosen</source>
        <translation>，已选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="83" />
        <source>No. %1  %2  %3 points</source>
        <translation>第 %1 名  %2  %3 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="85" />
        <source>No. %1  %2 (you)  %3 points</source>
        <translation>第 %1 名  %2（您）  %3 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="91" />
        <source>Nobody has points yet. Answer a quiz to be the first!</source>
        <translation>还没有人得分。答一次题，您就是第一名！</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="96" />
        <source>A guest's points are not kept.</source>
        <translation>客人的得分不记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="98" />
        <source>You are not on the board. Your points: %1</source>
        <translation>您不上榜。您的得分：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="101" />
        <source>Your place: %1, with %2 points</source>
        <translation>您排第 %1 名，得了 %2 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/board_screen.py" line="104" />
        <source>You have no points yet in this time. Answer a quiz!</source>
        <translation>这段时间您还没有得分。去答题吧！</translation>
    </message>
</context>
<context>
    <name>BroadcastLogScreen</name>
    <message>
        <location filename="../../desktop_app/gui/broadcast_log_screen.py" line="27" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/broadcast_log_screen.py" line="27" />
        <source>Back to the loudspeaker</source>
        <translation>回到大喇叭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/broadcast_log_screen.py" line="29" />
        <location filename="../../desktop_app/gui/broadcast_log_screen.py" line="47" />
        <source>What the loudspeaker played</source>
        <translation>大喇叭播放记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/broadcast_log_screen.py" line="30" />
        <source>Nothing has been broadcast yet.</source>
        <translation>大喇叭还没有播过。</translation>
    </message>
</context>
<context>
    <name>CharPanel</name>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="35" />
        <source>Close the character panel</source>
        <translation>关闭查字窗格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="33" />
        <source>Hear again</source>
        <translation>再听一遍</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="33" />
        <source>Hear the word again</source>
        <translation>再听一遍这个词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="35" />
        <source>✕ Close</source>
        <translation>✕ 关上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="66" />
        <source>in the word %1: %2</source>
        <translation>在“%1”里读 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="72" />
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/char_panel.py" line="73" />
        <source>Character %1, read %2</source>
        <translation>汉字 %1，读 %2</translation>
    </message>
</context>
<context>
    <name>ChooserPart</name>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="25" />
        <source>Which lessons?</source>
        <translation>送哪些课？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="25" />
        <source>Back without choosing</source>
        <translation>不选了，返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="37" />
        <source>This month: %1 (%2 lessons)</source>
        <translation>本月：%1（共 %2 课）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="39" />
        <source>Course: %1 (%2 lessons) ▶</source>
        <translation>课程：%1（共 %2 课）▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="41" />
        <source>The whole course: %1 (%2 lessons)</source>
        <translation>整门课程：%1（共 %2 课）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="43" />
        <source>One lesson: %1</source>
        <translation>只送一课：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="48" />
        <source>, chosen</source>
        <translation>，已选</translation>
    </message>
</context>
<context>
    <name>DrivePanel</name>
    <message>
        <location filename="../../desktop_app/gui/drive_panel.py" line="40" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/drive_panel.py" line="40" />
        <source>Back without saving</source>
        <translation>返回，不保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/drive_panel.py" line="66" />
        <source>Touch the USB stick to save on.</source>
        <translation>请按一下要存到的U盘。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/drive_panel.py" line="68" />
        <source>No USB stick found. Plug one in: it shows here by itself.</source>
        <translation>没有找到U盘。请插上U盘，它会自己出现在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/drive_panel.py" line="90" />
        <source>USB stick %1</source>
        <translation>U盘 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/drive_panel.py" line="92" />
        <source>Room left: %1</source>
        <translation>还能存 %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="58" />
        <source>Something went wrong. It has been written down; you can go on studying.</source>
        <translation>出了一点小问题，已经记下来了，您可以接着学习。</translation>
    </message>
</context>
<context>
    <name>FilePanel</name>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="44" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="44" />
        <source>Back without choosing</source>
        <translation>不选了，返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="65" />
        <source>Pictures folder</source>
        <translation>图片文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="68" />
        <source>Documents folder</source>
        <translation>文档文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="69" />
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="72" />
        <source>Downloads folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="74" />
        <source>USB stick %1</source>
        <translation>U盘 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="82" />
        <source>Choose a photo</source>
        <translation>选照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="93" />
        <source>Choose a member list</source>
        <translation>选名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="100" />
        <source>Choose a lesson pack</source>
        <translation>选择课程包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="102" />
        <source>%1 lesson packs (ZIP) found on USB sticks and in your folders. A stick plugged in now shows here too.</source>
        <translation>在U盘和电脑文件夹里找到 %1 个课程包（ZIP 文件）。现在插上的U盘也会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="104" />
        <source>No lesson pack found. Copy the pack (a ZIP file) onto a USB stick and plug it in.</source>
        <translation>没有找到课程包。请把课程包（ZIP 文件）拷到U盘上，再插到电脑上。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="105" />
        <source>Lesson pack %1, on %2</source>
        <translation>课程包 %1，在%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="108" />
        <source>Choose a copy of the records</source>
        <translation>选择学习记录的备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="109" />
        <source>%1 copies of the records found on USB sticks and in your folders.</source>
        <translation>在U盘和电脑文件夹里找到 %1 份学习记录的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="110" />
        <source>No copy of the records found. Plug in the USB stick the records were copied to.</source>
        <translation>没有找到学习记录的备份。请插上存有备份的U盘。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="111" />
        <source>Copy of the records %1, on %2</source>
        <translation>学习记录备份 %1，在%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="84" />
        <source>%1 photos found in the Pictures folder and on USB sticks. A stick plugged in now shows here too.</source>
        <translation>在“图片”文件夹和U盘里找到 %1 张照片。现在插上U盘，里面的照片也会出现。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="87" />
        <source>No photo found. Put the photos (JPG or PNG) on a USB stick and plug it in, or into the Pictures folder.</source>
        <translation>没有找到照片。把照片（JPG或PNG）存到U盘里插上，或者放进“图片”文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="94" />
        <source>%1 lists (CSV) found in the Documents folder, on the desktop and on USB sticks.</source>
        <translation>在“文档”文件夹、桌面和U盘里找到 %1 份名单（CSV）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="95" />
        <source>No list found. In WPS or Excel, save the list as CSV on a USB stick and plug it in.</source>
        <translation>没有找到名单。在WPS或Excel里把名单另存为CSV，存到U盘里再插上。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="89" />
        <source>Photo %1, on %2</source>
        <translation>照片 %1，在%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_panel.py" line="96" />
        <source>List %1, on %2</source>
        <translation>名单 %1，在%2</translation>
    </message>
</context>
<context>
    <name>FilmScreen</name>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="131" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="131" />
        <source>Back to the lesson</source>
        <translation>回到课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="136" />
        <source>Back ten seconds</source>
        <translation>后退十秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="136" />
        <source>◀◀ Back</source>
        <translation>◀◀ 后退</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="137" />
        <location filename="../../desktop_app/gui/film_screen.py" line="284" />
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="138" />
        <source>Forward ten seconds</source>
        <translation>前进十秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="138" />
        <source>Forward ▶▶</source>
        <translation>前进 ▶▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="139" />
        <source>Quieter</source>
        <translation>小声点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="140" />
        <source>Louder</source>
        <translation>大声点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="175" />
        <source>Film</source>
        <translation>看影片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="178" />
        <source>Film: touch Play to watch; the subtitles are at the bottom</source>
        <translation>看影片：点“播放”就开始，字幕在下面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="262" />
        <source>This film cannot be played. Please tell the secretary</source>
        <translation>这部影片放不出来，请告诉支部书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="275" />
        <source>Minute %1 of %2</source>
        <translation>第 %1 分钟
共 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="284" />
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
</context>
<context>
    <name>FilmView</name>
    <message>
        <location filename="../../desktop_app/gui/film_screen.py" line="47" />
        <source>Film</source>
        <translation>看影片</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="60" />
        <location filename="../../desktop_app/gui/home_screen.py" line="204" />
        <source>Welcome to the Study Station</source>
        <translation>欢迎来到党员学习站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="64" />
        <location filename="../../desktop_app/gui/home_screen.py" line="241" />
        <source>Continue studying</source>
        <translation>继续学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="67" />
        <source>All lessons</source>
        <translation>全部课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="77" />
        <source>Text size and colours</source>
        <translation>字的大小和颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="69" />
        <source>My study</source>
        <translation>我的学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="71" />
        <source>Quiz levels</source>
        <translation>闯关答题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="71" />
        <source>Quiz levels, challenge and leaderboard</source>
        <translation>闯关答题、挑战赛和排行榜</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="73" />
        <source>Quiz on the lesson just read</source>
        <translation>测一测刚学的课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="79" />
        <source>Not me: change</source>
        <translation>不是我，换人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="79" />
        <source>Not you? Go back to the names</source>
        <translation>不是您？回到名字列表换人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="104" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="107" />
        <source>Touch the big button to go on studying</source>
        <translation>按大按钮，继续学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="183" />
        <source>Quiz on %1</source>
        <translation>测一测：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="191" />
        <source>Review %1 questions</source>
        <translation>复习错题（%1 道）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="194" />
        <source>Review the questions you got wrong: %1 today</source>
        <translation>复习答错的题：今天有 %1 道</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="200" />
        <source>Welcome, guest. This visit is not recorded.</source>
        <translation>来宾您好！这次学习不作记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="202" />
        <source>Hello, %1</source>
        <translation>%1，您好！</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="209" />
        <source>No lessons yet</source>
        <translation>还没有课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="210" />
        <source>Please ask the Party branch secretary to load the lessons.</source>
        <translation>请找支部书记装上课文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="213" />
        <source>All lessons finished</source>
        <translation>全部课文都学完了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="214" />
        <source>Well done! Touch "All lessons" to read any of them again.</source>
        <translation>真好！想再学哪一课，请点“全部课文”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="218" />
        <source>Touch the big button to start reading.</source>
        <translation>点上面的大按钮，就开始学习。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="235" />
        <source>%1, continue studying</source>
        <translation>%1，继续学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="235" />
        <source>%1, this month's study</source>
        <translation>%1，本月学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/home_screen.py" line="241" />
        <source>This month's study</source>
        <translation>本月学习</translation>
    </message>
</context>
<context>
    <name>IdleGuard</name>
    <message>
        <location filename="../../desktop_app/gui/idle_guard.py" line="148" />
        <source>If you are, touch the screen.</source>
        <translation>还在学，请点一下屏幕。</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../desktop_app/gui/idle_guard.py" line="37" />
        <source>Are you still studying?</source>
        <translation>您还在学习吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_guard.py" line="41" />
        <source>I am still here</source>
        <translation>我还在学</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_guard.py" line="53" />
        <source>In %1 seconds this goes back to the names.</source>
        <translation>%1 秒后回到选名字的页面。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop_app/gui/import_preview.py" line="32" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_preview.py" line="32" />
        <source>Back: do not import</source>
        <translation>返回，不导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_preview.py" line="59" />
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_preview.py" line="59" />
        <source>Do not import this list</source>
        <translation>不导入这份名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_preview.py" line="70" />
        <source>Import %1</source>
        <translation>导入名单：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_preview.py" line="74" />
        <source>The list has %1 problems, so nobody is imported. Correct the list on a computer and choose it again:</source>
        <translation>名单里有 %1 处问题，所以一个人也没有导入。请在电脑上改好名单，再选一次：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_preview.py" line="80" />
        <source>%1 members: %2 new, %3 updated. Nothing changes before "Import".</source>
        <translation>共 %1 人：新登记 %2 人，更新 %3 人。按“导入”以前什么也不改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_preview.py" line="85" />
        <source>Row %1: %2 (new)</source>
        <translation>第%1行：%2（新登记）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_preview.py" line="85" />
        <source>Row %1: %2 (updated)</source>
        <translation>第%1行：%2（更新）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_preview.py" line="94" />
        <source>Import %1 members</source>
        <translation>导入 %1 人</translation>
    </message>
</context>
<context>
    <name>KioskSettingsScreen</name>
    <message>
        <location filename="../../desktop_app/gui/kiosk_settings_screen.py" line="33" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/kiosk_settings_screen.py" line="33" />
        <source>Back to the secretary's page</source>
        <translation>回到支部书记的页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/kiosk_settings_screen.py" line="35" />
        <location filename="../../desktop_app/gui/kiosk_settings_screen.py" line="66" />
        <source>Kiosk settings</source>
        <translation>学习站设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/kiosk_settings_screen.py" line="39" />
        <source>New members' text size</source>
        <translation>新党员的字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/kiosk_settings_screen.py" line="40" />
        <source>New members' colours</source>
        <translation>新党员的颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/kiosk_settings_screen.py" line="41" />
        <source>New members' voice</source>
        <translation>新党员的声音</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/kiosk_settings_screen.py" line="42" />
        <source>New members' reading speed</source>
        <translation>新党员的语速</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/kiosk_settings_screen.py" line="43" />
        <source>Say what new members touch</source>
        <translation>给新党员说出点到的按钮</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/kiosk_settings_screen.py" line="103" />
        <location filename="../../desktop_app/gui/kiosk_settings_screen.py" line="106" />
        <source>, chosen</source>
        <translation>，已选中</translation>
    </message>
</context>
<context>
    <name>LadderScreen</name>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="84" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="84" />
        <source>Back to the home screen</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="87" />
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="96" />
        <source>◀ Previous course</source>
        <translation>◀ 上一门课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="98" />
        <source>Next course ▶</source>
        <translation>下一门课 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="101" />
        <source>Challenge</source>
        <translation>挑战赛</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="101" />
        <source>Challenge: questions from lessons you finished, against the clock</source>
        <translation>挑战赛：考学完的课，限时答题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="125" />
        <location filename="../../desktop_app/gui/ladder_screen.py" line="171" />
        <source>Quiz levels</source>
        <translation>闯关答题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="177" />
        <source>Levels: %1</source>
        <translation>闯关：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="193" />
        <location filename="../../desktop_app/gui/ladder_screen.py" line="215" />
        <source>Level %1</source>
        <translation>第 %1 关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="194" />
        <source>Passed</source>
        <translation>过关了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="194" />
        <location filename="../../desktop_app/gui/ladder_screen.py" line="216" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="194" />
        <source>Locked</source>
        <translation>还没打开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="249" />
        <source>There are no quizzes yet.</source>
        <translation>还没有测验题。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="251" />
        <source>All %1 levels passed. Any level can be done again.</source>
        <translation>%1 关全都过了。哪一关都可以再闯一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="254" />
        <source>%1 of %2 levels passed. Touch “Start” to go on.</source>
        <translation>过了 %1 关，共 %2 关。点“开始”接着闯。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="264" />
        <source>Pass level %1 first; then this level opens.</source>
        <translation>先过第 %1 关，这一关就打开了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/ladder_screen.py" line="272" />
        <source>The challenge asks about the lessons you finished. Finish a lesson first.</source>
        <translation>挑战赛考的是您学完的课。请先学完一课。</translation>
    </message>
</context>
<context>
    <name>LessonCheck</name>
    <message>
        <location filename="../../desktop_app/lessons/files.py" line="30" />
        <source>“%1” is not in the lesson's folder: the files a lesson uses must be in its folder (or a folder inside it)</source>
        <translation>“%1”不在课文所在的文件夹里：课文用到的文件要放在课文的文件夹（或它里面的文件夹）里</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/files.py" line="34" />
        <source>“%1” is not an ordinary file (perhaps a device or a pipe) and is not used</source>
        <translation>“%1”不是普通的文件（可能是设备或管道），不能用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/files.py" line="37" />
        <source>“%1” is too big: %2 MB, at most %3 MB</source>
        <translation>“%1”太大了：有 %2 MB，最多只能 %3 MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/invisible.py" line="23" />
        <source>This line holds %1 invisible control characters (%2) that can make the text look different from what it is; they were removed</source>
        <translation>这一行有 %1 个看不见的控制字符（%2），会让文字看起来和实际不一样，已经去掉</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/library.py" line="29" />
        <source>Cannot open this file (%1). Please check that it is still there and can be opened</source>
        <translation>打不开这个文件（%1）。请检查文件是否还在、能不能打开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/library.py" line="32" />
        <source>This file points to a place outside the lesson folder; it was skipped</source>
        <translation>这个文件指向课文文件夹外面的地方，已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/library.py" line="35" />
        <source>This is not an ordinary file (perhaps a device or a pipe); it was skipped</source>
        <translation>这不是普通的文件（可能是设备或管道），已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/library.py" line="38" />
        <source>This file is too big for a lesson: %1 MB, at most %2 MB; it was skipped</source>
        <translation>这个文件太大了，不像课文：有 %1 MB，课文最多 %2 MB，已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/library.py" line="130" />
        <source>Cannot find this file or folder; please check the path</source>
        <translation>找不到这个文件或文件夹，请检查路径</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/library.py" line="42" />
        <source>The course id “%1” is the same as in %2; please make them different</source>
        <translation>课程编号“%1”和 %2 重复了，请改成不同的编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/library.py" line="43" />
        <source>The id “%1” is the same as in %2 line %3; every lesson needs its own id</source>
        <translation>编号“%1”和 %2 第 %3 行重复了，每篇课文的编号要不一样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/library.py" line="237" />
        <source>Cannot find the course “%1”. Check that “课程：” is right, or add the “课程.txt” of that course</source>
        <translation>找不到课程“%1”。请检查“课程：”写得对不对，或者补上那门课程的“课程.txt”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/model.py" line="16" />
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/narration.py" line="36" />
        <source>Write “朗读：” and “朗读时间：” together: one is the recording, one the start of each sentence</source>
        <translation>“朗读：”和“朗读时间：”要一起写：一个是录音文件，一个是每句开始的时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/narration.py" line="46" />
        <source>Cannot find the recording “%1”. Please put it in the same folder as the lesson</source>
        <translation>找不到朗读录音“%1”。请把它和课文放在同一个文件夹里</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/narration.py" line="53" />
        <source>Cannot find the time file “%1”</source>
        <translation>找不到朗读时间文件“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/narration.py" line="73" />
        <source>“%1” is not understood: start each line with the time the sentence starts, e.g. “1:05.5” (1 min 5.5 s)</source>
        <translation>“%1”看不懂：每行先写这一句开始的时间，例如“1:05.5”（1 分 5.5 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/narration.py" line="83" />
        <source>Each time must be later than the one before</source>
        <translation>时间要一句比一句晚</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/narration.py" line="90" />
        <source>This line says “%1”, but sentence %2 is “%3”</source>
        <translation>这一行写的是“%1”，可是第 %2 句是“%3”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/narration.py" line="93" />
        <source>The time file has %1 lines, but the lesson has %2 sentences (the title and each heading count as one); write one line a sentence</source>
        <translation>朗读时间有 %1 行，课文却有 %2 句（标题和小标题各算一句），要一句一行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="44" />
        <source>The subtitles “%1” cannot be read near line %2: each subtitle is a number, a line such as “00:00:01,000 --&gt; 00:00:04,500” and its words, then an empty line</source>
        <translation>字幕文件“%1”第 %2 行附近看不懂：每条字幕先写序号，再写一行时间，比如“00:00:01,000 --&gt; 00:00:04,500”，再写字幕的话，最后空一行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="75" />
        <source>Write this line as “item：value”, e.g. “标题：……”. The items you can write are: %1</source>
        <translation>这一行应该写成“项目：内容”，例如“标题：……”。可以写的项目有：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="85" />
        <source>“%1” is written twice (line %2 has it already); please delete one</source>
        <translation>“%1”写了两次（第 %2 行已经有了），请删掉一个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="92" />
        <source>Unknown item “%1”. The items you can write are: %2</source>
        <translation>不认识的项目“%1”。可以写的项目有：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="98" />
        <source>“编号：” is missing. Please give the course an id, e.g. “编号：dangshi-01”</source>
        <translation>缺少“编号：”。请给课程起一个编号，例如“编号：dangshi-01”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="101" />
        <source>“编号：” is missing. Please give the lesson an id, e.g. “编号：dangshi-01”</source>
        <translation>缺少“编号：”。请给课文起一个编号，例如“编号：dangshi-01”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="106" />
        <source>“顺序：” is missing. Please write a number that says where the course goes, e.g. “顺序：1”</source>
        <translation>缺少“顺序：”。请写一个数字，表示课程排第几，例如“顺序：1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="109" />
        <source>“顺序：” is missing. Please write a number that says where this lesson goes in its course, e.g. “顺序：1”</source>
        <translation>缺少“顺序：”。请写一个数字，表示这篇课文在课程里排第几，例如“顺序：1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="121" />
        <source>The id “%1” may only use English letters, digits, minus and underscore, no Chinese characters or spaces</source>
        <translation>编号“%1”只能用英文字母、数字、减号和下划线，不能有汉字和空格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="136" />
        <source>The order “%1” should be a positive whole number, e.g. 1, 2, 3</source>
        <translation>顺序“%1”应该是一个正整数，例如 1、2、3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="158" />
        <source>“名称：” is missing. Please write the name of the course</source>
        <translation>缺少“名称：”。请写上课程的名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="173" />
        <source>The month “%1” is not understood; please write it like “2026-12”</source>
        <translation>月份“%1”看不懂，请写成“2026-12”这样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="191" />
        <source>The heading is empty: write its text after the “#”</source>
        <translation>小标题是空的：“#”后面要写标题的文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="222" />
        <source>“【%1】” is written twice (line %2 has it already)</source>
        <translation>“【%1】”写了两次（第 %2 行已经有了）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="226" />
        <source>“【%1】” must come after “【正文】”</source>
        <translation>“【%1】”要写在“【正文】”后面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="243" />
        <source>“标题：” is missing. Please write the title of the lesson</source>
        <translation>缺少“标题：”。请写上课文的题目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="251" />
        <source>The course “%1” is not the folder's course “%2”. Delete this line, or put the lesson in the right folder</source>
        <translation>课程“%1”和文件夹的课程“%2”不一样。删掉这一行，或者把课文放进对的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="258" />
        <source>Which course does this lesson belong to? Put it in a folder with a “课程.txt”, or add a line “课程：id”</source>
        <translation>不知道这篇课文属于哪门课程：请把它放进有“课程.txt”的文件夹，或者加一行“课程：编号”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="268" />
        <source>Write a file name after “%1：”</source>
        <translation>“%1：”后面要写文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="271" />
        <source>Cannot find the %1 file “%2”. Put it in the same folder as the lesson, or correct the file name</source>
        <translation>找不到%1文件“%2”。请把它和课文放在同一个文件夹里，或者改对文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="285" />
        <source>Subtitles need a film: add a line “视频：film file” (MP4) beside “字幕：”</source>
        <translation>有字幕就要有影片：请在“字幕：”旁边加一行“视频：影片文件名”（MP4 文件）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="291" />
        <source>The line “【正文】” is missing. Write “【正文】” on a line of its own after the information, and the lesson below it</source>
        <translation>找不到“【正文】”这一行。请在基本信息后面单独写一行“【正文】”，下面写课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="298" />
        <source>This lesson is empty: there is no text under “【正文】”</source>
        <translation>这篇课文是空的：“【正文】”下面没有文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/parser.py" line="305" />
        <source>There are no questions under “【测验】”. Without a quiz, please delete this line</source>
        <translation>“【测验】”下面没有题目。没有测验的话，请删掉这一行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="43" />
        <source>The question is empty: write it after the colon</source>
        <translation>题目是空的：冒号后面要写题目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="49" />
        <source>A true-or-false question needs no options; write “对” or “错” as the answer</source>
        <translation>判断题不需要选项，答案写“对”或“错”就行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="61" />
        <source>The answer “%1” of a true-or-false question is not understood; please write “对” or “错”</source>
        <translation>判断题的答案“%1”看不懂，请写“对”或“错”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="71" />
        <source>The option letters go in order: this one should be “%1”, it is “%2”</source>
        <translation>选项的字母应该按顺序写，这里应该是“%1”，写成了“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="76" />
        <source>Option %1 is empty</source>
        <translation>选项 %1 是空的</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="78" />
        <source>A choice question needs at least two options (A. …  B. …)</source>
        <translation>选择题至少要有两个选项（A. …  B. …）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="88" />
        <source>The answer “%1” holds something not understood; write only the option letters, e.g. “答案：B”</source>
        <translation>答案“%1”里有看不懂的字，请只写选项的字母，例如“答案：B”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="99" />
        <source>The answer “%1” is not among the options (the options are only %2)</source>
        <translation>答案“%1”不在选项里（选项只有 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="104" />
        <source>The answer “%1” is not among the options (there are no options)</source>
        <translation>答案“%1”不在选项里（选项只有 没有选项）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="110" />
        <source>A single-choice question has one answer only; if several are right, change it to “多选：”</source>
        <translation>单选题只能有一个答案；如果有几个对的，请改成“多选：”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="116" />
        <source>A multiple-choice answer needs at least two letters; if only one is right, change it to “单选：”</source>
        <translation>多选题的答案至少要有两个字母；只有一个对的，请改成“单选：”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="127" />
        <source>The answer is empty; please write the letter of the right option</source>
        <translation>答案是空的，请写上对的选项字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="133" />
        <source>This question has no “答案：”</source>
        <translation>这道题缺少“答案：”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="136" />
        <source>This question has no “解析：”; please say why in a sentence or two</source>
        <translation>这道题缺少“解析：”，请用一两句话说明为什么</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="164" />
        <source>Each question of the quiz must start with “单选：”, “多选：” or “判断：”</source>
        <translation>测验里每道题要以“单选：”“多选：”或“判断：”开头</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="171" />
        <source>This question's “答案：” is written twice (line %1 has it already)</source>
        <translation>这道题的“答案：”写了两次（第 %1 行已经有了）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="179" />
        <source>This question's “解析：” is written twice (line %1 has it already)</source>
        <translation>这道题的“解析：”写了两次（第 %1 行已经有了）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/quiz.py" line="188" />
        <source>This line is not understood: each line of the quiz is a question, an option (A. …), “答案：” or “解析：”</source>
        <translation>这一行看不懂：测验里每行应该是题目、选项（A. …）、“答案：”或“解析：”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/readings.py" line="28" />
        <source>Write a reading as “word：pinyin”, e.g. “银行：yin2 hang2”</source>
        <translation>读音要写成“词语：拼音”，例如“银行：yin2 hang2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/readings.py" line="34" />
        <source>“%1” may hold Chinese characters only</source>
        <translation>“%1”里只能有汉字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/readings.py" line="37" />
        <source>“%1” has %2 characters but %3 syllables; write one syllable a character</source>
        <translation>“%1”有 %2 个字，拼音却有 %3 个，要一字一个拼音</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/readings.py" line="42" />
        <source>The pinyin “%1” is not understood: write the tone number 1-5 after each syllable (5 is the neutral tone), e.g. “hang2”</source>
        <translation>拼音“%1”看不懂：每个拼音后面写声调数字 1-5（5 是轻声），例如“hang2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/readings.py" line="48" />
        <source>The reading of “%1” is written twice</source>
        <translation>“%1”的读音写了两次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/readings.py" line="65" />
        <source>Cannot open the pronunciation list (%1)</source>
        <translation>打不开读音表（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/textfile.py" line="25" />
        <source>Cannot read the text of this file. Open it in Notepad, choose “Save as”, choose the encoding “UTF-8” and save.</source>
        <translation>读不出这个文件的文字。请用记事本打开，选“另存为”，编码选“UTF-8”后保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/lessons/textfile.py" line="30" />
        <source>The file is in GBK (ANSI) encoding and was read correctly. Better: in Notepad choose “Save as” and the encoding “UTF-8”.</source>
        <translation>文件是 GBK（ANSI）编码，已经正确读出。建议用记事本“另存为”，编码选“UTF-8”。</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="77" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="77" />
        <source>Back to the home screen</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="79" />
        <location filename="../../desktop_app/gui/library_screen.py" line="112" />
        <source>All lessons</source>
        <translation>全部课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="81" />
        <source>Find</source>
        <translation>找课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="81" />
        <source>Find a lesson</source>
        <translation>找课文：点拼音的首字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="82" />
        <source>Search lessons</source>
        <translation>输入要找的字词</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="84" />
        <source>Search lessons by title or text</source>
        <translation>按题目或内容查找课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="89" />
        <source>Show all</source>
        <translation>看全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="89" />
        <source>Clear the search and show every lesson</source>
        <translation>不找了，显示全部课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="203" />
        <source>%1 · quiz %2 out of 100</source>
        <translation>%1 · 测验 %2 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="236" />
        <location filename="../../desktop_app/gui/library_screen.py" line="306" />
        <source>Quiz</source>
        <translation>测一测</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="305" />
        <source>Quiz on %1</source>
        <translation>测一测：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="356" />
        <source>%1 lessons</source>
        <translation>%1 篇课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="140" />
        <source>○ Not started</source>
        <translation>○ 还没学</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="142" />
        <source>✔ Finished</source>
        <translation>✔ 已学完</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="143" />
        <source>▶ Reading, page %1</source>
        <translation>▶ 正在学，第 %1 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="176" />
        <source>%1 lessons found</source>
        <translation>找到 %1 篇课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="178" />
        <source>Nothing found. Try another word.</source>
        <translation>没有找到。请换一个字词试试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="180" />
        <source>Search “%1”: %2</source>
        <translation>找“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_screen.py" line="187" />
        <source>No lessons yet. Please ask the Party branch secretary to load the lessons.</source>
        <translation>还没有课文。请找支部书记装上课文。</translation>
    </message>
</context>
<context>
    <name>Loudspeaker</name>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="18" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="19" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="20" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="21" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="22" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="23" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="24" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="31" />
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="33" />
        <source>Monday to Friday</source>
        <translation>周一到周五</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="34" />
        <location filename="../../desktop_app/broadcast/words.py" line="80" />
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="50" />
        <source>%1/%2 %3</source>
        <translation>%1月%2日 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="59" />
        <source>played to the end</source>
        <translation>播完了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="62" />
        <source>stopped by the secretary</source>
        <translation>书记停了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="64" />
        <source>cut off: the program was closed or the power went off</source>
        <translation>中途断了：程序被关掉或停电了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="65" />
        <source>stopped: the speech engine stopped</source>
        <translation>中途停了：朗读的声音出了问题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="67" />
        <source>not played: the machine was off</source>
        <translation>没播：那时机器没开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="70" />
        <source>not played: a member was studying</source>
        <translation>没播：那时有党员在听课，等了30分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="71" />
        <source>not played: nothing to play, or no speech</source>
        <translation>没播：没有可播的课，或者机器不能朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/broadcast/words.py" line="79" />
        <source> (trial)</source>
        <translation>（试播）</translation>
    </message>
</context>
<context>
    <name>LoudspeakerScreen</name>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="40" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="40" />
        <source>Back to the secretary's page</source>
        <translation>回到支部书记用的页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="42" />
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="148" />
        <source>Loudspeaker</source>
        <translation>大喇叭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="43" />
        <source>Play now</source>
        <translation>现在试播</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="43" />
        <source>Play it now, to check the loudspeaker</source>
        <translation>现在试播一次，听听大喇叭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="45" />
        <source>What was played</source>
        <translation>播放记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="45" />
        <source>The list of every broadcast</source>
        <translation>每一次广播的记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="53" />
        <source>On: plays at its times</source>
        <translation>开：按时播放</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="53" />
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="53" />
        <source>On or off</source>
        <translation>开关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="55" />
        <source>Times</source>
        <translation>广播时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="57" />
        <source>What it plays</source>
        <translation>播什么</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="60" />
        <source>This month's study</source>
        <translation>本月学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="61" />
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="200" />
        <source>A course, lesson by lesson</source>
        <translation>一门课，一次一课接着播</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="62" />
        <source>Chosen lessons</source>
        <translation>选定的课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="65" />
        <source>Chime first</source>
        <translation>先放提示音</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="65" />
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="67" />
        <source>Yes</source>
        <translation>要</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="65" />
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="67" />
        <source>No</source>
        <translation>不要</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="67" />
        <source>Say first “现在播放党员学习”</source>
        <translation>开头先说“现在播放党员学习”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="70" />
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="72" />
        <source>Low</source>
        <translation>小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="72" />
        <source>Middle</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="72" />
        <source>Loud</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="75" />
        <source>Missed while the machine was off</source>
        <translation>机器没开错过的</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="77" />
        <source>Not played late</source>
        <translation>不补播</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="77" />
        <source>Today's last one played when it starts</source>
        <translation>开机后补播当天最近的一次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="80" />
        <source>When a member is reading aloud</source>
        <translation>有党员正在听课时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="83" />
        <source>Wait until they finish (at most 30 minutes)</source>
        <translation>等他听完再播（最多等30分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="84" />
        <source>Pause their reading, then go on</source>
        <translation>先停下他的朗读，播完接着读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="89" />
        <source>+ Add a time</source>
        <translation>＋ 加一个时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="106" />
        <source>✔ Done</source>
        <translation>✔ 选好了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="106" />
        <source>Done: keep these lessons</source>
        <translation>选好了，就播这些课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="151" />
        <source>Loudspeaker: when it plays and what</source>
        <translation>大喇叭：什么时候播，播什么</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="195" />
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="229" />
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="313" />
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="352" />
        <source>, chosen</source>
        <translation>，已选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="202" />
        <source>A course, lesson by lesson: %1</source>
        <translation>一门课接着播：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="205" />
        <source>Chosen lessons (%1)</source>
        <translation>选定的课（%1课）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="212" />
        <source>%1, touch to change or delete</source>
        <translation>%1，点一下可以改或删</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="260" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="262" />
        <source>Saved. The loudspeaker is off: touch “On” for it to play at its times.</source>
        <translation>已保存。大喇叭现在关着：点“开：按时播放”，它才会按时播。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="264" />
        <source>Saved. Add a time for it to play.</source>
        <translation>已保存。请加一个广播时间，它才会播。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="299" />
        <source>Something is being broadcast already.</source>
        <translation>现在正在广播，请等播完。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="331" />
        <source>Which course? It plays one lesson each time, in order.</source>
        <translation>播哪门课？每次接着播一课。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="345" />
        <source>Which lessons? They play one after another.</source>
        <translation>播哪几课？点一下选上。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/loudspeaker_screen.py" line="360" />
        <source>No lesson chosen: nothing was changed.</source>
        <translation>一课也没选，所以没有改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="50" />
        <source>Study Station</source>
        <translation>党员学习站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="324" />
        <source>Review of wrong answers</source>
        <translation>复习错题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="340" />
        <source>Challenge</source>
        <translation>挑战赛</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="41" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="41" />
        <source>Back to the list without saving</source>
        <translation>不保存，回到名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="45" />
        <source>Take off the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="45" />
        <source>Take this member off the list</source>
        <translation>把这位党员移出名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="47" />
        <source>Back on the list</source>
        <translation>回到名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="47" />
        <source>Bring this member back on the list</source>
        <translation>让这位党员回到名单上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="56" />
        <source>Must be written</source>
        <translation>必须写</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="56" />
        <source>Name (must be written)</source>
        <translation>姓名（必须写）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="58" />
        <location filename="../../desktop_app/gui/member_form.py" line="72" />
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="59" />
        <location filename="../../desktop_app/gui/member_form.py" line="73" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="59" />
        <source>Member number</source>
        <translation>党员编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="60" />
        <source>Name on the leaderboard</source>
        <translation>光荣榜上的名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="62" />
        <source>May stay empty</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="63" />
        <source>On the leaderboard</source>
        <translation>上光荣榜</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="67" />
        <location filename="../../desktop_app/gui/member_form.py" line="149" />
        <source>Choose photo</source>
        <translation>选照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="67" />
        <source>Choose a photo from the Pictures folder or a USB stick</source>
        <translation>从“图片”文件夹或U盘里选照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="71" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="74" />
        <source>On the board as</source>
        <translation>榜上名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="90" />
        <source>✔ Save</source>
        <translation>✔ 保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="90" />
        <source>Save this member</source>
        <translation>保存这位党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="92" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="92" />
        <source>Cancel: nothing is saved</source>
        <translation>取消，什么也不保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="127" />
        <source>Change a member</source>
        <translation>修改党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="127" />
        <source>Add a member</source>
        <translation>添加党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="149" />
        <source>Change photo</source>
        <translation>换照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="152" />
        <source>, chosen</source>
        <translation>，已选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="163" />
        <source>Nothing was saved.</source>
        <translation>没有保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="165" />
        <source>Please write the name.</source>
        <translation>请写上姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="169" />
        <source> (among the members who left)</source>
        <translation>（在已移出的党员里）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="171" />
        <source>Number %1 is already %2's%3.</source>
        <translation>编号 %1 已经是%2的了%3。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="173" />
        <source>%1 of %2 is already registered%3, also without a number. A number tells them apart.</source>
        <translation>%2已经登记了一位%1%3，也没有编号。填上编号才能分开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="174" />
        <source>no branch</source>
        <translation>没写支部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="196" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="204" />
        <source>Saved, but the photo could not be stored: %1</source>
        <translation>已经保存了，只是照片没能存上：%1</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <location filename="../../desktop_app/storage/member_apply.py" line="61" />
        <source>Another member list is being imported (on this computer, or on another one with the same data folder). Please wait until it is done, then import this list. Nobody of this list has been imported yet.</source>
        <translation>另一个名单导入正在进行（在这台电脑上，或者同一个数据文件夹的另一台电脑上）。请等它做完，再导入这一份名单。这一份还没有导入任何人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_apply.py" line="92" />
        <source>The records could not be backed up before the import (the disk may be full). The list is imported all the same.</source>
        <translation>导入前没能备份学习记录（磁盘可能满了）。名单照常导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_apply.py" line="169" />
        <source>Another program kept the database busy; only part of the list was imported (%1 members). Import the list again in a while and it will be completed.</source>
        <translation>数据库一直被别的程序占用着，导入只做了一部分（%1 人）。等一会儿把这份名单再导入一次，就会接着做完。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_apply.py" line="202" />
        <source>Row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_apply.py" line="219" />
        <source>Another program kept the database busy; these photos were not recorded. Import the list again.</source>
        <translation>数据库一直被别的程序占用着，这一批照片没有记上。把名单再导入一次就好。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="77" />
        <source>Cannot open the file %1. Please check that its name is right.</source>
        <translation>打不开文件 %1，请看看文件名写对了没有</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="83" />
        <source>Cannot read the text of this file. In WPS or Excel, use Save As, CSV (comma separated), and try again.</source>
        <translation>读不出这个文件的文字。请在 WPS 或 Excel 里“另存为”CSV（逗号分隔）后再试</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="100" />
        <source>This file is empty. Write the column names in the first row (姓名,支部,编号,照片), then one member a row.</source>
        <translation>这个文件是空的。第一行写列名（姓名,支部,编号,照片），下面每行一位党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="111" />
        <source>Row 1 must name the columns, and one must be 姓名. For example: 姓名,支部,编号,照片</source>
        <translation>第1行要写列名，其中必须有“姓名”。例如：姓名,支部,编号,照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="122" />
        <source>Row 1: unknown column names %1. The columns that can be used: 姓名、支部、编号、照片、榜上名字、上榜</source>
        <translation>第1行：看不懂列名“%1”。可以用的列名：姓名、支部、编号、照片、榜上名字、上榜</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="142" />
        <source>Row %1: the number %2 is the same as in row %3</source>
        <translation>第%1行：编号 %2 和第%3行重复了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="154" />
        <source>The table has only the column names and no members. Write one member a row from row 2.</source>
        <translation>表里只有列名，没有党员。请在第2行起每行写一位党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="176" />
        <source>Row %1: a cell holds too much text (over %2 KB). Is this another file taken for the list, or is a quotation mark not closed?</source>
        <translation>第%1行：有一格里的字太多了（超过 %2 KB）。请看看是不是把别的文件当成了名单，或者有一个引号没有配对</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="188" />
        <source>Row %1: cannot read this row. In WPS or Excel, use Save As, CSV (comma separated), and try again.</source>
        <translation>第%1行：读不懂这一行。请在 WPS 或 Excel 里“另存为”CSV（逗号分隔）后再试</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="202" />
        <source>Row %1: no name written</source>
        <translation>第%1行：没有写姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="207" />
        <source>Row %1: the name %2… is too long; write the name only</source>
        <translation>第%1行：姓名“%2…”太长了，请只写姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="217" />
        <source>Row %1: write 是 or 否 under 上榜; it says %2</source>
        <translation>第%1行：“上榜”一栏请写“是”或“否”，现在写的是“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/member_import.py" line="234" />
        <source>Row %1: cannot find the photo %2 (photos go in the same folder as the list)</source>
        <translation>第%1行：找不到照片 %2（照片要和名单放在同一个文件夹里）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/photos.py" line="26" />
        <source>Cannot find the photo file: %1</source>
        <translation>找不到照片文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/photos.py" line="35" />
        <source>This photo file cannot be opened: %1. Please use a JPG or PNG photo</source>
        <translation>这个照片文件打不开：%1。请用 JPG 或 PNG 格式的照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/storage/photos.py" line="56" />
        <source>The photo could not be stored in %1; please check whether the disk is full</source>
        <translation>照片没能存进 %1，请看看磁盘是不是满了</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="51" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="51" />
        <location filename="../../desktop_app/gui/members_screen.py" line="215" />
        <source>Back to where you were</source>
        <translation>回到刚才的地方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="53" />
        <location filename="../../desktop_app/gui/members_screen.py" line="119" />
        <location filename="../../desktop_app/gui/members_screen.py" line="208" />
        <source>Members</source>
        <translation>党员名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="55" />
        <source>Find name</source>
        <translation>找名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="55" />
        <source>Find a member by name or pinyin initials</source>
        <translation>按名字或拼音首字母找党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="56" />
        <source>Name or pinyin initials</source>
        <translation>名字或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="58" />
        <source>Find a member: type the name or its pinyin initials</source>
        <translation>找党员：写名字或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="62" />
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="62" />
        <source>Clear the search and show every member</source>
        <translation>不找了，显示所有党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="70" />
        <source>Add a member</source>
        <translation>添加党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="70" />
        <source>Add a member to the list</source>
        <translation>在名单上添加一位党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="73" />
        <source>Import a list</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="73" />
        <source>Import a member list (CSV) from a USB stick</source>
        <translation>从U盘导入党员名单（CSV）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="76" />
        <location filename="../../desktop_app/gui/members_screen.py" line="208" />
        <source>Members who left</source>
        <translation>已移出的党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="210" />
        <source>Left (%1)</source>
        <translation>已移出（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="212" />
        <source>Members who left the list: %1; touch to see them</source>
        <translation>已移出名单的党员：%1 位，点这里查看</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="215" />
        <source>Back to the list</source>
        <translation>回到党员名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="223" />
        <source>%1 found</source>
        <translation>找到 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="226" />
        <source>Touch a name to see the member and bring them back on the list.</source>
        <translation>点名字可以查看，并让他回到名单上。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="228" />
        <source>Nobody has been taken off the list.</source>
        <translation>还没有移出过党员。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="231" />
        <source>%1 members. Touch a name to change it.</source>
        <translation>名单上 %1 位，点名字修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="233" />
        <source>No members yet. Touch "Add a member", or import a list from a USB stick.</source>
        <translation>还没有党员。点“添加党员”，或者从U盘导入名单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="241" />
        <source>no branch</source>
        <translation>没写支部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="243" />
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="245" />
        <source>not on the leaderboard</source>
        <translation>不上光荣榜</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="248" />
        <source>left %1</source>
        <translation>%1 移出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="287" />
        <source>%1 members</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="317" />
        <source>%1 is off the list. The study records are kept.</source>
        <translation>已把%1移出名单，学习记录都留着。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="325" />
        <source>%1 is back on the list.</source>
        <translation>%1回到名单上了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/members_screen.py" line="350" />
        <source>Imported: %1 new, %2 updated.</source>
        <translation>导入完成：新登记 %1 人，更新 %2 人。</translation>
    </message>
</context>
<context>
    <name>ModeConfirmation</name>
    <message>
        <location filename="../../desktop_app/gui/mode_confirmation.py" line="31" />
        <source>No, keep it as it is</source>
        <translation>不改，还是原来那样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mode_confirmation.py" line="46" />
        <source>Make this a shared kiosk?</source>
        <translation>改成多人共用吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mode_confirmation.py" line="48" />
        <source>Members will touch their name first. Records are kept; it can be changed back.</source>
        <translation>以后每位党员先点自己的名字。学习记录都留着，还能改回来。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mode_confirmation.py" line="54" />
        <source>Nobody chooses a name any more. Records are kept; it can be changed back.</source>
        <translation>以后不用点名字了。学习记录都留着，还能改回来。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mode_confirmation.py" line="50" />
        <source>Yes, shared kiosk</source>
        <translation>是，改成多人共用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mode_confirmation.py" line="52" />
        <source>Use it at home for one member?</source>
        <translation>改成在家一个人用吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mode_confirmation.py" line="56" />
        <source>Yes, one member at home</source>
        <translation>是，改成在家一个人用</translation>
    </message>
</context>
<context>
    <name>MyStudyScreen</name>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="27" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="27" />
        <source>Back to the home screen</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="29" />
        <location filename="../../desktop_app/gui/my_study_screen.py" line="44" />
        <source>My study</source>
        <translation>我的学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="62" />
        <source>Lessons finished: %1 of %2</source>
        <translation>学完了 %1 课，一共 %2 课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="65" />
        <source>Studied this season: %1 hours %2 minutes</source>
        <translation>这一季学了 %1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="67" />
        <source>Studied this season: %1 minutes</source>
        <translation>这一季学了 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="69" />
        <source>This month has no theme-day lesson</source>
        <translation>这个月没有主题党日的课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="71" />
        <source>This month's lesson: %1 done</source>
        <translation>这个月的课 %1 学完了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="73" />
        <source>This month's lesson: %1 not done yet</source>
        <translation>这个月的课 %1 还没学完</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="74" />
        <source>Days studied in a row: %1</source>
        <translation>连续学习 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="81" />
        <source>Quiz points: %1, levels passed: %2</source>
        <translation>答题得分 %1 分，闯过 %2 关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="84" />
        <source>This month's film: %1</source>
        <translation>本月电影：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_study_screen.py" line="87" />
        <source>This month's practice: %1</source>
        <translation>本月实践：%1</translation>
    </message>
</context>
<context>
    <name>OnAirView</name>
    <message>
        <location filename="../../desktop_app/gui/on_air_view.py" line="115" />
        <source>The loudspeaker is broadcasting</source>
        <translation>大喇叭正在广播</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_air_view.py" line="120" />
        <source>Secretary: stop the broadcast</source>
        <translation>书记：停止广播</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_air_view.py" line="120" />
        <source>Stop the broadcast (for the secretary, with the PIN)</source>
        <translation>停止广播（支部书记用，要输密码）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/on_air_view.py" line="135" />
        <source>Stop the broadcast: the secretary's PIN</source>
        <translation>停止广播：请支部书记输入密码</translation>
    </message>
</context>
<context>
    <name>OutreachScreen</name>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="67" />
        <source>Back to the secretary's page</source>
        <translation>回到支部书记的页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="68" />
        <location filename="../../desktop_app/gui/outreach_screen.py" line="122" />
        <source>Take the lessons to members' homes</source>
        <translation>送学上门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="72" />
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="72" />
        <source>Stop making the MP3 files</source>
        <translation>停止存MP3文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="79" />
        <source>MP3s for little players</source>
        <translation>存到U盘</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="79" />
        <source>MP3 files for little players, onto a USB stick</source>
        <translation>存成MP3文件到U盘，给唱戏机听</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="82" />
        <source>Print a large-print handout</source>
        <translation>打印讲义</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="82" />
        <source>A large-print handout, printed or saved as PDF</source>
        <translation>大字讲义，打印或者存成PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="182" />
        <source>No lessons are planned for this month yet.</source>
        <translation>本月还没有安排课文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="184" />
        <source>To take: %1, one lesson</source>
        <translation>要送的：%1，1 课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="186" />
        <source>To take: %1, %2 lessons</source>
        <translation>要送的：%1，共 %2 课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="187" />
        <source>Touch here to take a course or one lesson ▶</source>
        <translation>点这里，换成一门课程或者一课 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="218" />
        <source>Save the MP3 files on which USB stick?</source>
        <translation>MP3文件存到哪个U盘？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="220" />
        <source>Save the handout on which USB stick?</source>
        <translation>讲义存到哪个U盘？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="245" />
        <source>Getting ready to read aloud… Please do not pull out the USB stick.</source>
        <translation>正在准备朗读……请不要拔U盘。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="258" />
        <source>Stopping: the lesson being read is not saved…</source>
        <translation>正在停止：正在读的这一课不存……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="288" />
        <source>Printing…</source>
        <translation>正在打印……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_screen.py" line="292" />
        <source>Saving the handout. Please do not pull out the USB stick…</source>
        <translation>正在存讲义，请不要拔U盘……</translation>
    </message>
</context>
<context>
    <name>OutreachWords</name>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="94" />
        <source>Done: %1 MP3 files on the USB stick %2, in the folder %3. You can pull out the USB stick now.</source>
        <translation>存好了：%1 个MP3文件，在U盘 %2 的“%3”文件夹里。现在可以拔U盘了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="98" />
        <source>Stopped. %1 files were finished and are on the USB stick %2, in the folder %3; the lesson being read was not saved.</source>
        <translation>已经停止。存好的 %1 个文件在U盘 %2 的“%3”文件夹里；停止时正在读的那一课没有存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="103" />
        <source>The USB stick %2 is full, or cannot be written to. %1 files were finished; no half-written file was left. Delete files you no longer need from the stick, or use another one, and start again.</source>
        <translation>U盘 %2 满了，或者不能写入。已经存好 %1 个文件，没存完的文件已经删掉。请删掉U盘上不要的文件，或者换一个U盘，再存一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="108" />
        <source>The USB stick %2 was pulled out. The %1 files finished before are kept on it, and no half-written file was left. Plug it in and start again.</source>
        <translation>U盘 %2 被拔掉了。之前存好的 %1 个文件还在U盘上，没存完的文件没有留下。请插好U盘，再存一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="113" />
        <source>This computer cannot read aloud: the speech program (espeak-ng) is missing or broken. Ask a technician to install espeak-ng, then start again.</source>
        <translation>这台电脑不能朗读：朗读软件（espeak-ng）没有装或者坏了。请懂电脑的人装好 espeak-ng，再存一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="117" />
        <source>The MP3 files could not be made. The details are written in the log.</source>
        <translation>没能做出MP3文件。详细情况记在日志里。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="121" />
        <source>Lesson %1 of %2: %3</source>
        <translation>第 %1 课，共 %2 课：%3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="125" />
        <source>Sent to the printer: %1 pages. Take them from the printer in a moment.</source>
        <translation>已经送到打印机了，共 %1 页。请过一会儿到打印机那里取。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="128" />
        <source>The handout could not be printed. See that the printer is on and has paper, then try again, or save it as a PDF on a USB stick.</source>
        <translation>讲义没能打印。请看看打印机开了没有、有没有纸，再试一次；或者存成PDF到U盘。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="135" />
        <source>Saved on the USB stick %1, in the folder %2: %3 (%4 pages). You can pull out the USB stick now.</source>
        <translation>存好了：在U盘 %1 的“%2”文件夹里，文件名 %3（共 %4 页）。现在可以拔U盘了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="141" />
        <source>The USB stick is not there any more, so the handout was not saved. Plug it in and try again.</source>
        <translation>U盘不在了，讲义没有存上。请插好U盘，再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="145" />
        <source>The handout could not be saved: the USB stick may be full, or locked against writing. No half-written file was left on it. Delete files you no longer need, or use another stick, and try again.</source>
        <translation>讲义没能存上：U盘可能满了，或者不能写入。没存完的文件没有留在U盘上。请删掉不要的文件，或者换一个U盘，再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="148" />
        <source>The handout could not be made. The details are written in the log.</source>
        <translation>没能做出讲义。详细情况记在日志里。</translation>
    </message>
</context>
<context>
    <name>PackQuestion</name>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="26" />
        <source>Import this lesson pack?</source>
        <translation>导入这个课程包吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="30" />
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="30" />
        <source>Do not import: the lessons stay as they are</source>
        <translation>不导入：课文保持原样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="32" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="32" />
        <source>Import the lessons of this pack</source>
        <translation>导入这个课程包里的课文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="49" />
        <source>Made by “%1”, which is on the list of trusted issuers.</source>
        <translation>这个课程包是“%1”做的，它在信任名单上。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="54" />
        <source>⚠ Signed by “%1”. This issuer is not on the list of trusted issuers yet. Import it only if you are sure it comes from a reliable place.</source>
        <translation>⚠ 这个课程包是“%1”签名的，这个发行单位还不在信任名单上。只有确定它来自可靠的地方，才导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="61" />
        <source>⚠ This lesson pack is not signed: nobody can tell who made it. Import it only if you are sure it comes from a reliable place.</source>
        <translation>⚠ 这个课程包没有签名，不知道是谁做的。只有确定它来自可靠的地方，才导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="66" />
        <source>Import, and trust “%1” from now on</source>
        <translation>导入，并且以后信任“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="82" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="82" />
        <source>“%1”</source>
        <translation>《%1》</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="84" />
        <source>It holds %1 courses, %2 lessons in all: %3.</source>
        <translation>里面有 %1 门课程，一共 %2 篇课文：%3。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="87" />
        <source>It holds %1 courses, %2 lessons in all, among them %3.</source>
        <translation>里面有 %1 门课程，一共 %2 篇课文，其中有%3等。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pack_question.py" line="89" />
        <source>It holds %1 courses, %2 lessons in all.</source>
        <translation>里面有 %1 门课程，一共 %2 篇课文。</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="16" />
        <source>Cannot open the pack file (%1). Please check that the USB stick is still plugged in, then try again</source>
        <translation>打不开这个课程包（%1）。请看看U盘是不是还插着，再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="19" />
        <source>This file is not a lesson pack. Please check that you chose the right file (it ends with .zip), or ask for the pack again</source>
        <translation>这个文件不是课程包。请看看是不是选错了文件（课程包的名字以 .zip 结尾），或者请对方再发一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="23" />
        <source>There are no lessons in this pack. Please ask the sender for the right pack</source>
        <translation>这个课程包里没有课文。请找发课程包的单位要正确的课程包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="24" />
        <source>This pack is damaged or incomplete: its list of files cannot be read. Please copy it again, or ask the sender for a new one</source>
        <translation>这个课程包坏了或者不完整，看不出里面有哪些文件。请重新拷一次，或者请发课程包的单位再发一个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="28" />
        <source>This pack was made by a newer version of the program. Please update the program first, then import the pack again</source>
        <translation>这个课程包是新版学习站做的。请先把学习站升级到新版本，再导入这个课程包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="32" />
        <source>The signature of this pack does not match: it may have been changed after it was made. Do not use it; ask the sender for a new one</source>
        <translation>这个课程包的签名对不上，做好以后可能被人改过。请不要用它，请发课程包的单位重新发一个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="36" />
        <source>The file “%1” in this pack is damaged or was changed. Please copy the pack again, or ask the sender for a new one</source>
        <translation>课程包里的文件“%1”坏了或者被改过。请重新拷一次，或者请发课程包的单位再发一个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="40" />
        <source>The pack holds a file name that is not allowed (“%1”): it could put files outside the lesson folder. Do not use this pack; ask the sender for a new one</source>
        <translation>课程包里有一个不允许的文件名（“%1”），它会把文件放到课文文件夹外面去。请不要用这个课程包，请对方重新发一个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="44" />
        <source>The pack holds “%1”, which is a link or a special file, not an ordinary file. Do not use this pack; ask the sender for a new one</source>
        <translation>课程包里的“%1”是快捷方式或者特殊文件，不是普通文件。请不要用这个课程包，请对方重新发一个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="48" />
        <source>The pack holds “%1”, which is not on its list of files. Do not use this pack; ask the sender for a new one</source>
        <translation>课程包里的“%1”不在它的文件清单上。请不要用这个课程包，请对方重新发一个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="52" />
        <source>The file “%1” in this pack cannot be read (it is locked with a password or packed in an unknown way). Please ask the sender to make the pack with this program</source>
        <translation>课程包里的文件“%1”读不出来（加了密码，或者用了看不懂的压缩方法）。请对方用学习站重新做这个课程包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="56" />
        <source>This pack has too many files: %1, at most %2. Please ask the sender to split it into smaller packs</source>
        <translation>这个课程包里的文件太多了：有 %1 个，最多只能有 %2 个。请对方把它分成几个小一点的课程包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="59" />
        <source>This pack is too big when unpacked: %1 MB, at most %2 MB. Please ask the sender to split it into smaller packs</source>
        <translation>这个课程包解开以后太大了：有 %1 MB，最多只能有 %2 MB。请对方把它分成几个小一点的课程包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="63" />
        <source>The file “%1” in this pack unpacks to far more than it should. Do not use this pack; ask the sender for a new one</source>
        <translation>课程包里的文件“%1”解开以后比应有的大得多，可能有问题。请不要用这个课程包，请对方重新发一个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="69" />
        <source>This pack is not signed, so nobody can tell who made it. Import it only if you know where it comes from</source>
        <translation>这个课程包没有签名，不知道是谁做的。只有您清楚它是从哪里来的，才导入它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="73" />
        <source>This pack is signed by “%1”, who is not on the list of trusted senders. Import it only if you know this sender; you can then add them to the list</source>
        <translation>这个课程包是“%1”签名的，可“%1”不在信任名单里。只有您认识这个单位，才导入它；导入以后可以把它加进信任名单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="77" />
        <source>Some lessons in this pack have mistakes, so nothing was imported: %1. Please tell the sender, so that they can correct the lessons and send the pack again</source>
        <translation>课程包里有的课文有错，所以一课也没有导入：%1。请把这段话告诉发课程包的单位，请他们改好课文再发一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="81" />
        <source>Another pack is being imported right now. Please wait until it has finished, then try again</source>
        <translation>现在正在导入另一个课程包。请等它导入完，再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="84" />
        <source>The lessons could not be put in place (the disk may be full, or a lesson is open). Nothing was changed. Please close the lessons, free some space on the disk, then try again</source>
        <translation>课文没能放好（可能磁盘满了，或者有课文正打开着）。什么都没有改动。请先关掉打开的课文，删掉一些不要的文件腾出地方，再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="90" />
        <source>Some lessons have mistakes, so no pack was made: %1. Please correct them first (“desktop-app lessons check” shows where), then make the pack again</source>
        <translation>有的课文有错，所以没有做课程包：%1。请先把课文改好（用“desktop-app lessons check”可以查到错在哪一行），再做一次课程包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="94" />
        <source>There are no lessons in “%1”. Please choose the folder that holds the course folders</source>
        <translation>“%1”里面没有课文。请选放着各门课程文件夹的那个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="97" />
        <source>The file name “%1” cannot go into a pack (no “..”, “\”, “:”, “*”, “?”, quotes or “|”, and it must stay inside the lesson folder). Please rename the file and the line of the lesson that names it</source>
        <translation>文件名“%1”不能放进课程包（名字里不能有“..”“\”“:”“*”“?”、引号或“|”，文件也必须在课文文件夹里面）。请给文件改个名字，课文里写这个文件名的那一行也一起改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="101" />
        <source>These lessons are too many or too big for one pack (%1 files, %2 MB). Please put fewer lessons in each pack</source>
        <translation>这些课文太多或者太大，一个课程包装不下（%1 个文件，%2 MB）。请分成几个课程包，每个少放一些课文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="105" />
        <source>The file “%1” holds the private signing key, which must never go into a pack. Please take it out of the lesson folder</source>
        <translation>文件“%1”里是签名用的私钥，私钥绝对不能放进课程包。请把它从课文文件夹里拿出去。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="109" />
        <source>Cannot read the file “%1” (%2). Please check that it is still there and can be opened</source>
        <translation>读不了文件“%1”（%2）。请看看这个文件是不是还在、能不能打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="112" />
        <source>Cannot write the pack “%1”: the disk may be full, or this place cannot be written to. Please free some space or choose another place</source>
        <translation>没能把课程包“%1”存好：可能磁盘满了，或者这个地方不能写入。请腾出一些地方，或者换一个地方存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="116" />
        <source>This key file cannot be used: %1. Please choose a key file made with “desktop-app pack keygen”</source>
        <translation>这个钥匙文件不能用：%1。请选用“desktop-app pack keygen”做出来的钥匙文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="120" />
        <source>There is already a key file at “%1”. Please choose another name: a key that is overwritten cannot be brought back</source>
        <translation>“%1”已经有一个钥匙文件了。请换一个名字：钥匙文件被盖掉就再也找不回来了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="124" />
        <source>“%1” is the private key, which stays with the sender. Please use the public key file, whose name ends with .pub</source>
        <translation>“%1”是私钥，只能留在做课程包的单位。请用名字以 .pub 结尾的公钥文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="128" />
        <source>Please give the name of the sender, e.g. “某某县委宣传部”</source>
        <translation>请写上发课程包的单位名称，比如“某某县委宣传部”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/packs/errors.py" line="129" />
        <source>Cannot write the key file “%1” (%2). Please choose a folder you can write to</source>
        <translation>没能写好钥匙文件“%1”（%2）。请换一个能写入的文件夹。</translation>
    </message>
</context>
<context>
    <name>PacksScreen</name>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="72" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="72" />
        <source>Back to the secretary's page</source>
        <translation>回到支部书记的页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="74" />
        <location filename="../../desktop_app/gui/packs_screen.py" line="118" />
        <source>Lesson packs</source>
        <translation>课程包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="77" />
        <source>Import a lesson pack from a USB stick</source>
        <translation>从U盘导入课程包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="78" />
        <source>Import a lesson pack: plug in the USB stick, then choose the pack</source>
        <translation>从U盘导入课程包：插上U盘，再选课程包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="199" />
        <source>Trusted issuers (%1)</source>
        <translation>信任的发行单位（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="201" />
        <source>Trusted issuers: %1. Touch to see them or to stop trusting one</source>
        <translation>信任的发行单位：%1 个。点这里查看，或者不再信任其中一个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="250" />
        <source>All the lessons now came with the study station: no lesson pack has been imported yet. Copy the pack onto a USB stick, plug it in and touch the button below.</source>
        <translation>现在的课文都是学习站自带的，还没有导入过课程包。把课程包拷到U盘上，插上U盘，再点下面的按钮。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="256" />
        <source>%1: %2 lessons</source>
        <translation>“%1” %2 篇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="258" />
        <source>unsigned packs: %1 lessons</source>
        <translation>没有签名的课程包 %1 篇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="261" />
        <source>%1 of the lessons now came in lesson packs (%2).</source>
        <translation>现在有 %1 篇课文来自课程包（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="261" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="267" />
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="271" />
        <source>The lessons are as they were.</source>
        <translation>课文没有改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="278" />
        <source>Some lessons in this pack have mistakes, or the same numbers as lessons of another pack imported before, so none was imported. Please tell the sender; the details are in the log.</source>
        <translation>课程包里有的课文有错，或者和以前导入的课程包里的课文编号重复了，所以一课也没有导入。请告诉发课程包的单位；详细情况记在日志里。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="292" />
        <source>The lesson pack could not be read to the end: the USB stick may have been pulled out. Plug it in again and choose the pack once more.</source>
        <translation>课程包没能读完，可能U盘被拔掉了。请插好U盘，再选一次课程包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="298" />
        <source>The lesson pack could not be copied onto this computer: its disk may be full. Please free some space, then try again.</source>
        <translation>没能把课程包拷到这台电脑上，可能电脑的磁盘满了。请删掉一些不要的文件，腾出地方再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="302" />
        <source>It could not be finished; the lessons are as they were. The details are in the log.</source>
        <translation>没能做完，课文没有改动。详细情况记在日志里。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="353" />
        <source>Reading the lesson pack. Please do not pull out the USB stick…</source>
        <translation>正在读课程包，请不要拔U盘……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="373" />
        <source>Not imported.</source>
        <translation>没有导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="408" />
        <source>Importing the lessons. Please wait…</source>
        <translation>正在导入课文，请稍等……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="418" />
        <source>Imported: %1 new lessons, %2 lessons updated. The members' study progress is all kept.</source>
        <translation>导入好了：新加了 %1 篇课文，更新了 %2 篇。学员的学习进度都保留着。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="425" />
        <source>But “%1” could not be added to the trusted issuers (the disk may be full); its next pack will be asked about again.</source>
        <translation>不过没能把“%1”加进信任名单（可能磁盘满了），下次导入它的课程包还会再问。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="431" />
        <source>From now on, the lesson packs of “%1” are imported without asking.</source>
        <translation>以后“%1”的课程包可以直接导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/packs_screen.py" line="434" />
        <source>The new lessons show after the study station is started again.</source>
        <translation>新课文要等学习站重新打开以后才能看到。</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../desktop_app/gui/page_view.py" line="47" />
        <source>Lesson text</source>
        <translation>课文内容</translation>
    </message>
</context>
<context>
    <name>PagedPart</name>
    <message>
        <location filename="../../desktop_app/gui/outreach_parts.py" line="21" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>PagerColumn</name>
    <message>
        <location filename="../../desktop_app/gui/pager.py" line="23" />
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pager.py" line="24" />
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pager.py" line="51" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>PaperPart</name>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="88" />
        <source>Large-print handout</source>
        <translation>大字讲义</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="88" />
        <source>Back without printing</source>
        <translation>返回，不打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="90" />
        <source>− Smaller</source>
        <translation>− 小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="90" />
        <source>Smaller text on paper</source>
        <translation>纸上的字小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="92" />
        <source>+ Bigger</source>
        <translation>+ 大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="92" />
        <source>Bigger text on paper</source>
        <translation>纸上的字大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="96" />
        <source>Add pinyin</source>
        <translation>难字注拼音</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="99" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="99" />
        <source>Print the handout on a printer</source>
        <translation>用打印机打印讲义</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="100" />
        <source>Save as PDF on a USB stick</source>
        <translation>存成PDF到U盘</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="114" />
        <source>Text size on paper: %1 pt</source>
        <translation>纸上字号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="119" />
        <source>, chosen</source>
        <translation>，已选</translation>
    </message>
</context>
<context>
    <name>PickerScreen</name>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="97" />
        <location filename="../../desktop_app/gui/picker_screen.py" line="338" />
        <source>Touch your name</source>
        <translation>请点您的名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="99" />
        <source>Name or pinyin initials</source>
        <translation>名字或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="101" />
        <source>Find your name: type it or its pinyin initials</source>
        <translation>找名字：输入名字或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="104" />
        <source>Find your name by its pinyin initials</source>
        <translation>按拼音首字母找名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="104" />
        <source>Find name</source>
        <translation>找名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="106" />
        <source>Show all</source>
        <translation>看全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="106" />
        <source>Clear the search and show every name</source>
        <translation>不找了，显示全部名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="108" />
        <source>Study as a guest; nothing is recorded</source>
        <translation>以来宾身份学习，不作记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="108" />
        <source>Guest
not recorded</source>
        <translation>来宾
不记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="111" />
        <source>For the secretary</source>
        <translation>支部书记用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="111" />
        <source>For the secretary: register members, or use at home</source>
        <translation>支部书记用：登记党员，或改回在家一个人用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="138" />
        <source>◀
Previous</source>
        <translation>◀
上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="138" />
        <source>Previous names</source>
        <translation>上一页名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="139" />
        <source>▶
Next</source>
        <translation>▶
下一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="139" />
        <source>More names</source>
        <translation>下一页名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="196" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="197" />
        <source>Names starting with %1</source>
        <translation>拼音首字母是 %1 的名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="197" />
        <source>All names</source>
        <translation>全部名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="212" />
        <source>No members are registered yet. Please ask the branch secretary, or study as a guest.</source>
        <translation>还没有登记党员。请找支部书记登记，或者点“来宾”学习。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="215" />
        <source>No name found. Touch "All" or change the search.</source>
        <translation>没有找到这个名字。请点“全部”，或者换个字再找。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="218" />
        <source>Names starting with %1: %2</source>
        <translation>拼音首字母是 %1 的名字：%2 位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="221" />
        <source>%1 names found</source>
        <translation>找到 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="301" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/picker_screen.py" line="328" />
        <source>%1 names</source>
        <translation>%1 个名字</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="39" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="39" />
        <source>Back to where you were</source>
        <translation>回到刚才的地方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="41" />
        <location filename="../../desktop_app/gui/pin_screen.py" line="88" />
        <source>For the secretary</source>
        <translation>支部书记用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="51" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="51" />
        <source>Delete the last digit</source>
        <translation>删掉最后一位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="55" />
        <source>Confirm the PIN</source>
        <translation>确定密码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="55" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="110" />
        <source>First visit: please choose a PIN of %1 to %2 digits for the secretary.</source>
        <translation>第一次进来，请给支部书记设一个密码，%1 到 %2 位数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="115" />
        <source>Please type the same PIN again.</source>
        <translation>请把同一个密码再输一遍。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="118" />
        <source>Too many wrong tries. Please try again in %1 minutes.</source>
        <translation>输错太多次了，请过 %1 分钟再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="119" />
        <source>Please type the secretary's PIN.</source>
        <translation>请输入支部书记的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="133" />
        <source>%1 digits typed</source>
        <translation>已输了 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="147" />
        <source>A PIN has %1 to %2 digits. Please type it again.</source>
        <translation>密码是 %1 到 %2 位数字，请重新输。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="156" />
        <source>The two were not the same. Please choose the PIN again.</source>
        <translation>两次输的不一样，请重新设密码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pin_screen.py" line="167" />
        <source>That is not the PIN. %1 tries left.</source>
        <translation>密码不对，还可以试 %1 次。</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="38" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="38" />
        <source>Back to the secretary's page</source>
        <translation>回到支部书记的页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="40" />
        <location filename="../../desktop_app/gui/plan_screen.py" line="113" />
        <source>This month's study</source>
        <translation>本月学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="47" />
        <source>Choose the lesson</source>
        <translation>选课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="49" />
        <source>Film of the month, e.g. 《长津湖》</source>
        <translation>本月电影，比如《长津湖》</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="49" />
        <source>Film of the month</source>
        <translation>本月电影</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="51" />
        <source>Practice task, e.g. visit an old Party member</source>
        <translation>本月实践，比如看望一位老党员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="51" />
        <source>Practice task of the month</source>
        <translation>本月实践</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="55" />
        <source>✔ Save</source>
        <translation>✔ 保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="55" />
        <source>Save the plan of the month</source>
        <translation>保存本月学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="64" />
        <source>Film</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="67" />
        <source>Practice</source>
        <translation>实践</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="159" />
        <source>This month (%1)</source>
        <translation>这个月（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="160" />
        <source>Next month (%1)</source>
        <translation>下个月（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="163" />
        <source>month %1</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="164" />
        <location filename="../../desktop_app/gui/plan_screen.py" line="198" />
        <source>, chosen</source>
        <translation>，已选中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="177" />
        <source>Lesson: %1</source>
        <translation>课：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="179" />
        <source>Lesson: not chosen (the lessons marked for this month are offered)</source>
        <translation>课：没有选（就学课文里写着本月的课）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="192" />
        <source>No lesson chosen</source>
        <translation>不指定课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="218" />
        <source>Not saved yet: touch Save.</source>
        <translation>还没保存，请点“保存”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plan_screen.py" line="226" />
        <source>Saved. Members see it on their home screen.</source>
        <translation>保存好了。党员一打开就能看到。</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="37" />
        <source>Previous paragraph</source>
        <translation>上一段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="38" />
        <source>Previous sentence</source>
        <translation>上一句</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="39" />
        <source>Next sentence</source>
        <translation>下一句</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="40" />
        <source>Next paragraph</source>
        <translation>下一段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="41" />
        <source>Slower</source>
        <translation>慢一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="43" />
        <source>Faster</source>
        <translation>快一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="44" />
        <location filename="../../desktop_app/gui/player_bar.py" line="122" />
        <source>Quieter</source>
        <translation>小声</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="46" />
        <location filename="../../desktop_app/gui/player_bar.py" line="123" />
        <source>Louder</source>
        <translation>大声</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="36" />
        <location filename="../../desktop_app/gui/player_bar.py" line="156" />
        <source>▶ Read aloud</source>
        <translation>▶ 朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="47" />
        <source>Smaller text</source>
        <translation>字小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="47" />
        <source>Make the text smaller</source>
        <translation>把字变小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="48" />
        <source>Bigger text</source>
        <translation>字大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="48" />
        <source>Make the text bigger</source>
        <translation>把字变大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="49" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="49" />
        <source>Text size, colours and script</source>
        <translation>字的大小、颜色和繁简</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="50" />
        <source>✕ Close</source>
        <translation>✕ 关上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="50" />
        <source>Close these buttons</source>
        <translation>关上这些按钮</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="51" />
        <source>▶ Film</source>
        <translation>▶ 看影片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="51" />
        <source>Watch this lesson's film</source>
        <translation>看这一课的影片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="114" />
        <source>Speed %1x</source>
        <translation>速度 %1 倍</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="115" />
        <source>Volume %1</source>
        <translation>音量 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="120" />
        <source>Read slower</source>
        <translation>读慢一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="121" />
        <source>Read faster</source>
        <translation>读快一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="132" />
        <source>this computer has no reading software; please ask the branch secretary</source>
        <translation>这台电脑没有装朗读软件，请找支部书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="133" />
        <source>this computer has no Chinese voice; please ask the branch secretary</source>
        <translation>这台电脑没有中文朗读声音，请找支部书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="134" />
        <source>the reading software is broken; please ask the branch secretary</source>
        <translation>朗读软件出了故障，请找支部书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="135" />
        <source>No speaker found</source>
        <translation>没找到音箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="149" />
        <source>Cannot read aloud</source>
        <translation>不能朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="150" />
        <source>Cannot read aloud: %1</source>
        <translation>不能朗读：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="154" />
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="158" />
        <source>No speaker: follow the highlight</source>
        <translation>没找到音箱，请看亮起来的句子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/player_bar.py" line="152" />
        <source>Getting ready…</source>
        <translation>准备中……</translation>
    </message>
</context>
<context>
    <name>Poster</name>
    <message>
        <location filename="../../desktop_app/reports/poster.py" line="82" />
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/poster.py" line="90" />
        <source>Studied %1 minutes</source>
        <translation>学了%1分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/poster.py" line="92" />
        <source>Studied %1 hours</source>
        <translation>学了%1小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/poster.py" line="94" />
        <source>Studied %1 hours %2 minutes</source>
        <translation>学了%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/poster.py" line="96" />
        <source>Finished %1 lessons</source>
        <translation>学完了%1课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/poster.py" line="98" />
        <source>Earned %1 points</source>
        <translation>得了%1分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/poster.py" line="122" />
        <location filename="../../desktop_app/reports/poster.py" line="601" />
        <source>Study poster</source>
        <translation>学习海报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/poster.py" line="322" />
        <location filename="../../desktop_app/reports/poster.py" line="631" />
        <source>Study Honour Roll</source>
        <translation>学习光荣榜</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/poster.py" line="470" />
        <location filename="../../desktop_app/reports/poster.py" line="603" />
        <location filename="../../desktop_app/reports/poster.py" line="635" />
        <source>Study Station</source>
        <translation>党员学习站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/poster.py" line="485" />
        <location filename="../../desktop_app/reports/poster.py" line="632" />
        <source>Comrade</source>
        <translation>同志</translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/poster.py" line="493" />
        <location filename="../../desktop_app/reports/poster.py" line="633" />
        <source>Course</source>
        <translation>学习课程</translation>
    </message>
</context>
<context>
    <name>PosterScreen</name>
    <message>
        <location filename="../../desktop_app/gui/poster_screen.py" line="88" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/poster_screen.py" line="88" />
        <source>Back to where you came from</source>
        <translation>回到刚才的地方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/poster_screen.py" line="90" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/poster_screen.py" line="90" />
        <source>Print the poster</source>
        <translation>打印海报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/poster_screen.py" line="108" />
        <location filename="../../desktop_app/gui/poster_screen.py" line="189" />
        <location filename="../../desktop_app/gui/poster_screen.py" line="273" />
        <source>Study poster</source>
        <translation>学习海报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/poster_screen.py" line="189" />
        <source>Comrade %1</source>
        <translation>%1同志</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/poster_screen.py" line="215" />
        <location filename="../../desktop_app/gui/poster_screen.py" line="220" />
        <source>The poster could not be saved. Please ask the branch secretary.</source>
        <translation>海报没能存好。请找支部书记看一看。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/poster_screen.py" line="223" />
        <source>The poster is saved in the exports folder.</source>
        <translation>海报已经存好了，放在 exports（导出）文件夹里。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/poster_screen.py" line="249" />
        <source>No printer is connected. The poster is saved; the branch secretary can print it for you.</source>
        <translation>没有接打印机。海报已经保存好了，可以请书记帮您打印。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/poster_screen.py" line="259" />
        <source>The poster is printing. Take it from the printer in a moment.</source>
        <translation>海报正在打印，过一会儿到打印机上取。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/poster_screen.py" line="262" />
        <source>The poster could not be printed. It is saved; the branch secretary can print it for you.</source>
        <translation>海报没能打印出来。海报已经保存好了，可以请书记帮您打印。</translation>
    </message>
</context>
<context>
    <name>PrinterPart</name>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="129" />
        <source>Print on which printer?</source>
        <translation>用哪台打印机？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="129" />
        <source>Back without printing</source>
        <translation>返回，不打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="132" />
        <source>Save as PDF on a USB stick</source>
        <translation>存成PDF到U盘</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="140" />
        <source>The printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="144" />
        <source>Touch the printer to print on.</source>
        <translation>点一下要用的打印机。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/outreach_options.py" line="147" />
        <source>This computer is not connected to a printer. Save the handout as a PDF on a USB stick and print it on another computer.</source>
        <translation>这台电脑没有连打印机。可以把讲义存成PDF到U盘，拿到能打印的电脑上打印。</translation>
    </message>
</context>
<context>
    <name>ProblemsScreen</name>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="21" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="28" />
        <source>List of lesson problems</source>
        <translation>课文问题列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="29" />
        <source>Scroll the list of problems</source>
        <translation>上下移动问题列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="21" />
        <source>Back to where you were</source>
        <translation>回到刚才的地方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="23" />
        <location filename="../../desktop_app/gui/problems_screen.py" line="42" />
        <source>Lesson problems</source>
        <translation>课文问题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="56" />
        <source>%1 members registered. How to register members: see "Registering members" in the manual.</source>
        <translation>已登记 %1 位党员。怎样登记党员，请看说明书里的“登记党员”一节。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="67" />
        <source>%1 problems. Lessons with errors are not shown to members; the others work normally. Log: %2</source>
        <translation>共 %1 个问题。有错误的课文不会显示给党员，其他课文照常使用。日志文件：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/problems_screen.py" line="72" />
        <source>All lessons are in order.</source>
        <translation>所有课文都没有问题。</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="58" />
        <location filename="../../desktop_app/gui/quiz_screen.py" line="92" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="58" />
        <source>Stop the quiz; it waits here for you</source>
        <translation>先不做了，下次接着做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="73" />
        <source>Hear it again</source>
        <translation>再听一遍</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="73" />
        <source>Read the question and answers again</source>
        <translation>把题目和答案再读一遍</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="86" />
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="88" />
        <location filename="../../desktop_app/gui/quiz_screen.py" line="506" />
        <source>Next question ▶</source>
        <translation>下一题 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="90" />
        <source>Try the wrong ones again</source>
        <translation>错题再做一遍</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="92" />
        <source>Back to where you came from</source>
        <translation>回到刚才的地方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="118" />
        <source>Quiz: %1</source>
        <translation>测一测：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="118" />
        <source>Quiz</source>
        <translation>测一测</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="334" />
        <source>Right</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="334" />
        <source>Wrong</source>
        <translation>错</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="345" />
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="346" />
        <source>(choose all that are right, then Confirm)</source>
        <translation>（对的都选上，再按确定）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="353" />
        <source>Hear answer %1 again</source>
        <translation>再听第 %1 个答案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="387" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="388" />
        <location filename="../../desktop_app/gui/quiz_screen.py" line="397" />
        <source>%1 seconds left</source>
        <translation>还有 %1 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="483" />
        <source>✔ Right!</source>
        <translation>✔ 答对了！</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="485" />
        <source>✘ Time is up.</source>
        <translation>✘ 时间到了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="487" />
        <source>✘ Not right.</source>
        <translation>✘ 答错了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="489" />
        <source>+%1 points</source>
        <translation>加 %1 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="492" />
        <source>You chose: %1</source>
        <translation>您选的是：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="490" />
        <source>The answer is: %1</source>
        <translation>正确答案是：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="506" />
        <source>See the result ▶</source>
        <translation>看成绩 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="529" />
        <source>%1 right, of %2 questions.</source>
        <translation>答对 %1 题，共 %2 题。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="534" />
        <source>%1 points.</source>
        <translation>得了 %1 分。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="540" />
        <source>Well done!</source>
        <translation>全答对了，真棒！</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/quiz_screen.py" line="540" />
        <source>Try the wrong ones again?</source>
        <translation>错了的题，再做一遍吧？</translation>
    </message>
</context>
<context>
    <name>ReaderScreen</name>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="67" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="160" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="317" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="318" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="67" />
        <source>Back to where you came from</source>
        <translation>回到刚才的地方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="69" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="170" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="174" />
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="75" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="170" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="320" />
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="77" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="161" />
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="77" />
        <source>More buttons: sentence, speed, volume, text size</source>
        <translation>更多按钮：上一句、下一句、快慢、声音大小、字的大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="115" />
        <source>%1. To hear it, touch Read aloud</source>
        <translation>%1。要听，请按“朗读”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="162" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="314" />
        <source>✔ Finished</source>
        <translation>✔ 学完了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="163" />
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="164" />
        <source>▶ Read aloud</source>
        <translation>▶ 朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="165" />
        <source>Getting ready…</source>
        <translation>准备中…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="166" />
        <source>Cannot read aloud</source>
        <translation>不能朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="168" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="302" />
        <source>Ask the secretary</source>
        <translation>请找书记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="170" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="311" />
        <source>Quiz ▶</source>
        <translation>测一测 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="171" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="174" />
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="299" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="167" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="304" />
        <source>No speaker</source>
        <translation>没有音箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="305" />
        <source>No speaker found</source>
        <translation>没找到音箱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="171" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="311" />
        <source>Quiz</source>
        <translation>测一测</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="312" />
        <source>Quiz: answer the questions of this lesson</source>
        <translation>测一测：做这一课的题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="315" />
        <source>Finished, go back</source>
        <translation>学完了，返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/reader_screen.py" line="171" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="320" />
        <location filename="../../desktop_app/gui/reader_screen.py" line="321" />
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
</context>
<context>
    <name>RemoveConfirmation</name>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="278" />
        <source>Yes, take off the list</source>
        <translation>确定移出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="279" />
        <source>No, keep on the list</source>
        <translation>不移出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="292" />
        <source>Take %1 off the list? The study records are kept.</source>
        <translation>确定移出%1？学习记录会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/member_form.py" line="295" />
        <source>No longer among the names to touch, nor on the leaderboard. Under "Left" the member can be brought back.</source>
        <translation>移出后，选名字和光荣榜上都不再有这位党员；点“已移出”还能让他回来。</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="173" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="173" />
        <source>Back to the secretary's page</source>
        <translation>回到支部书记的页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="175" />
        <location filename="../../desktop_app/gui/report_screen.py" line="238" />
        <source>Study report</source>
        <translation>学习报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="177" />
        <source>Save to USB stick</source>
        <translation>存到U盘</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="177" />
        <source>Save the report as a table and a PDF on a USB stick</source>
        <translation>把报表存成表格和PDF文件，放到U盘上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="180" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="180" />
        <source>Print the report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="189" />
        <source>◀ Previous month</source>
        <translation>◀ 上个月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="189" />
        <source>Show the report of the month before</source>
        <translation>看上个月的报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="191" />
        <source>Next month ▶</source>
        <translation>下个月 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="191" />
        <source>Show the report of the month after</source>
        <translation>看下个月的报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="288" />
        <source>Save the report to a USB stick</source>
        <translation>把报表存到U盘</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="311" />
        <source>Report of %1</source>
        <translation>%1的报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="328" />
        <source>All branches</source>
        <translation>全部支部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="333" />
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="335" />
        <source>, chosen</source>
        <translation>，已选中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="340" />
        <source>%2/%3</source>
        <translation>%2月%3日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="342" />
        <source>%2/%3/%1</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="348" />
        <source>%1 hours this month</source>
        <translation>本月学了 %1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="350" />
        <source>not studied this month</source>
        <translation>本月没学</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="351" />
        <source>%1 lessons finished</source>
        <translation>学完 %1 篇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="353" />
        <source>last time %1</source>
        <translation>最近一次 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="355" />
        <source>never studied yet</source>
        <translation>还没有学过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="356" />
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="361" />
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="363" />
        <source>%1: no members on the list yet. Add them on the Members page.</source>
        <translation>%1：名单上还没有党员。请在“党员名单”页面添加。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="366" />
        <source>%1: %2 members, %3 studied, %4 not yet</source>
        <translation>%1：%2 人中 %3 人学习了，%4 人还没有学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="386" />
        <source>Not studied yet this month (%1)</source>
        <translation>本月还没有学习的（%1 人）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="387" />
        <source>Studied this month (%1)</source>
        <translation>本月学习了的（%1 人）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="401" />
        <source>Everybody studied this month.</source>
        <translation>本月大家都学习了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="534" />
        <source>Saving, please do not pull out the USB stick…</source>
        <translation>正在保存，请不要拔U盘……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="539" />
        <source>The USB stick is not there any more, so the report was not saved. Plug it in again and touch "Save to USB stick" once more.</source>
        <translation>找不到这个U盘了，可能已经拔下来了，报表没有存上。请把U盘插好，再按一次“存到U盘”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="546" />
        <source>Saved on the USB stick %1, in the folder "%2": %3 and %4. You can pull out the USB stick now.</source>
        <translation>已经存到U盘 %1 上的“%2”文件夹里：%3 和 %4。现在可以拔下U盘了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="559" />
        <source>The report could not be saved on the USB stick: it may be full, or locked against writing. No half-written file was left on it. Delete files you no longer need from the stick, or use another one, and touch "Save to USB stick" again.</source>
        <translation>报表没能存到U盘上：U盘可能满了，或者不让写入。U盘上没有留下写了一半的文件。请删掉U盘上不要的文件，或者换一个U盘，再按一次“存到U盘”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="563" />
        <source>The report could not be saved. The details are written in the log.</source>
        <translation>报表没能保存。详细情况写在日志里。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="578" />
        <source>This computer is not connected to a printer. You can save the report to a USB stick instead and print it on another computer.</source>
        <translation>这台电脑没有连上打印机。可以先把报表存到U盘，再拿到能打印的电脑上打印。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="592" />
        <source>Printing…</source>
        <translation>正在打印……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="599" />
        <source>Sent to the printer: %1 pages. Take them from the printer in a moment.</source>
        <translation>已经送到打印机了，共 %1 页。请过一会儿到打印机那里取。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_screen.py" line="607" />
        <source>The report could not be printed. See that the printer is on and has paper, then touch "Print" again, or save the report to a USB stick.</source>
        <translation>报表没能打印。请看看打印机开了没有、有没有纸，然后再按一次“打印”，或者先把报表存到U盘。</translation>
    </message>
</context>
<context>
    <name>SearchPad</name>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="40" />
        <source>⌫ Delete one</source>
        <translation>⌫ 退一个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="40" />
        <source>Delete the last letter</source>
        <translation>删掉最后一个字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="42" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="42" />
        <source>Clear the search</source>
        <translation>清空要找的字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="131" />
        <source>More ▶</source>
        <translation>更多 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="131" />
        <source>More letters</source>
        <translation>更多字母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="135" />
        <source>Letter %1</source>
        <translation>字母 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="157" />
        <source>✔ See %1</source>
        <translation>✔ 看找到的 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/search_pad.py" line="157" />
        <source>✔ Close</source>
        <translation>✔ 关上</translation>
    </message>
</context>
<context>
    <name>SecretaryScreen</name>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="30" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="30" />
        <source>Lock the secretary's page and go back</source>
        <translation>锁上支部书记的页面，返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="32" />
        <location filename="../../desktop_app/gui/secretary_screen.py" line="71" />
        <source>For the secretary</source>
        <translation>支部书记用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="35" />
        <source>Members</source>
        <translation>党员名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="36" />
        <source>This month's study</source>
        <translation>本月学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="37" />
        <source>Study report</source>
        <translation>学习报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="38" />
        <source>Back up the records</source>
        <translation>备份学习记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="39" />
        <source>Lesson packs</source>
        <translation>课程包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="40" />
        <source>Loudspeaker</source>
        <translation>大喇叭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="41" />
        <source>Home visits</source>
        <translation>送学上门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="42" />
        <source>Kiosk settings</source>
        <translation>学习站设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="43" />
        <location filename="../../desktop_app/gui/secretary_screen.py" line="172" />
        <source>Lesson problems</source>
        <translation>课文问题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="51" />
        <source>Close the program</source>
        <translation>关闭学习站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="51" />
        <source>Close the study station program</source>
        <translation>关闭学习站程序</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/secretary_screen.py" line="173" />
        <source>Lesson problems (%1)</source>
        <translation>课文问题（%1 个）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop_app/settings.py" line="60" />
        <source>Text size</source>
        <translation>字的大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="64" />
        <source>1 (smallest)</source>
        <translation>1（最小）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="70" />
        <source>7 (largest)</source>
        <translation>7（最大）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="75" />
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="78" />
        <source>Warm paper</source>
        <translation>暖色纸张</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="78" />
        <source>Light text on black</source>
        <translation>黑底白字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="82" />
        <source>Characters</source>
        <translation>简体繁体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="86" />
        <source>Simplified characters</source>
        <translation>简体字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="87" />
        <source>Traditional (Taiwan)</source>
        <translation>繁體（台灣）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="88" />
        <source>Traditional (Hong Kong)</source>
        <translation>繁體（香港）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="93" />
        <source>Voice</source>
        <translation>朗读声音</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="96" />
        <source>Mandarin</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="96" />
        <source>Cantonese</source>
        <translation>粤语（广东话）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="100" />
        <source>Speed</source>
        <translation>朗读快慢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="104" />
        <source>Very slow (0.5x)</source>
        <translation>很慢（0.5倍）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="105" />
        <source>Slow (0.65x)</source>
        <translation>慢（0.65倍）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="106" />
        <source>A little slow (0.8x)</source>
        <translation>稍慢（0.8倍）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="107" />
        <source>Normal (1x)</source>
        <translation>正常（1倍）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="108" />
        <source>A little fast (1.25x)</source>
        <translation>稍快（1.25倍）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="109" />
        <source>Fast (1.5x)</source>
        <translation>快（1.5倍）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="110" />
        <source>Faster (1.75x)</source>
        <translation>更快（1.75倍）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="111" />
        <source>Fastest (2x)</source>
        <translation>最快（2倍）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="114" />
        <source>Volume</source>
        <translation>声音大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="117" />
        <source>Reading aloud</source>
        <translation>连续朗读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="121" />
        <source>Stop after the lesson</source>
        <translation>读完这一课就停</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="122" />
        <source>Go on to the next lesson</source>
        <translation>接着读下一课</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="127" />
        <source>Quiz questions</source>
        <translation>做题时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="131" />
        <source>Read out by themselves</source>
        <translation>自动读题和答案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="132" />
        <source>Read out when I touch the speaker</source>
        <translation>点喇叭才读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="137" />
        <source>Say it to me</source>
        <translation>说给我听</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="141" />
        <source>On a shared kiosk, not at home</source>
        <translation>多人共用时说，在家时不说</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="142" />
        <source>Say what I touch</source>
        <translation>点到什么就说什么</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="143" />
        <source>Do not say it</source>
        <translation>不说</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="148" />
        <source>Use</source>
        <translation>使用方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="152" />
        <source>One member at home</source>
        <translation>在家一个人用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="153" />
        <source>Shared: members touch their name</source>
        <translation>多人共用：先点名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="160" />
        <source>Pass mark of a level</source>
        <translation>闯关及格线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="168" />
        <source>Time for a challenge question</source>
        <translation>挑战赛每题时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="172" />
        <source>No time limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="173" />
        <source>30 seconds</source>
        <translation>30 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="174" />
        <source>45 seconds</source>
        <translation>45 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="175" />
        <source>60 seconds</source>
        <translation>60 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="176" />
        <source>90 seconds</source>
        <translation>90 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="177" />
        <source>120 seconds</source>
        <translation>120 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="178" />
        <source>180 seconds</source>
        <translation>180 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="185" />
        <source>Ask “still there?” after</source>
        <translation>多久没人动就提醒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="189" />
        <source>2 minutes</source>
        <translation>2 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="190" />
        <source>3 minutes</source>
        <translation>3 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="191" />
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="192" />
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="193" />
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="199" />
        <source>Locked kiosk</source>
        <translation>锁定学习站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="203" />
        <source>An ordinary window</source>
        <translation>普通窗口</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings.py" line="204" />
        <source>Full screen, closed only with the PIN</source>
        <translation>全屏，凭密码才能关</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="33" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="33" />
        <source>Back to where you were</source>
        <translation>回到刚才的地方</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="35" />
        <location filename="../../desktop_app/gui/settings_screen.py" line="82" />
        <source>Text size and colours</source>
        <translation>字的大小和颜色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="37" />
        <location filename="../../desktop_app/gui/settings_screen.py" line="128" />
        <source>For the secretary</source>
        <translation>支部书记用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="40" />
        <source>Smaller text</source>
        <translation>字小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="40" />
        <source>Make the text smaller</source>
        <translation>把字变小一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="42" />
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="48" />
        <source>Bigger text</source>
        <translation>字大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="48" />
        <source>Make the text bigger</source>
        <translation>把字变大一点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="113" />
        <source>Step %1 of %2</source>
        <translation>第 %1 档，共 %2 档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="119" />
        <location filename="../../desktop_app/gui/settings_screen.py" line="121" />
        <source>, chosen</source>
        <translation>，已选中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="125" />
        <source>Cantonese (not on this computer)</source>
        <translation>粤语（这台电脑没有）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_screen.py" line="130" />
        <source>For the secretary (%1 problems)</source>
        <translation>支部书记用（%1 个问题）</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="95" />
        <location filename="../../desktop_app/gui/app.py" line="113" />
        <source>Study Station</source>
        <translation>党员学习站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="96" />
        <location filename="../../desktop_app/gui/app.py" line="119" />
        <source>OK</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="114" />
        <source>The Study Station is already open. If you cannot see it, restart the computer and try again.</source>
        <translation>学习站已经打开了。如果看不见它，请重新启动电脑再试。</translation>
    </message>
</context>
<context>
    <name>SlotEditor</name>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="32" />
        <source>−1 hour</source>
        <translation>早1小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="33" />
        <source>+1 hour</source>
        <translation>晚1小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="34" />
        <source>−5 min</source>
        <translation>早5分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="35" />
        <source>+5 min</source>
        <translation>晚5分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="44" />
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="54" />
        <source>✔ Save this time</source>
        <translation>✔ 保存这个时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="56" />
        <source>Delete this time</source>
        <translation>删掉这个时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="58" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="58" />
        <source>Cancel: keep the times as they were</source>
        <translation>取消，时间不改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="60" />
        <source>Which days ▶</source>
        <translation>选哪几天 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="60" />
        <source>Next: which days it plays</source>
        <translation>下一步：选哪几天播</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="62" />
        <source>◀ The time</source>
        <translation>◀ 改时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="62" />
        <source>Back to the time</source>
        <translation>回去改时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="108" />
        <location filename="../../desktop_app/gui/slot_editor.py" line="109" />
        <source>Time of the broadcast: %1</source>
        <translation>广播时间：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/slot_editor.py" line="110" />
        <source>, chosen</source>
        <translation>，已选</translation>
    </message>
</context>
<context>
    <name>TrustedPanel</name>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="37" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="37" />
        <source>Back to the lesson packs</source>
        <translation>回到课程包页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="39" />
        <source>Trusted issuers</source>
        <translation>信任的发行单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="68" />
        <source>Its lesson packs will then be asked about before they are imported. The lessons already imported from it stay, and can be studied as before.</source>
        <translation>以后它的课程包，导入前都要先问一声。已经从它导入的课文照样留着，照常能学。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="72" />
        <source>Keep trusting</source>
        <translation>继续信任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="72" />
        <source>Keep trusting: leave the list as it is</source>
        <translation>继续信任：信任名单保持原样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="74" />
        <location filename="../../desktop_app/gui/trusted_panel.py" line="125" />
        <source>Stop trusting</source>
        <translation>不再信任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="99" />
        <source>Lesson packs signed by these issuers are imported without asking.</source>
        <translation>这些单位签名的课程包可以直接导入，不用再问。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="102" />
        <source>No issuer is trusted yet. When a signed lesson pack is imported, its issuer can be added here.</source>
        <translation>信任名单上还没有发行单位。导入一个签了名的课程包时，可以顺便把它的单位加进来。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="119" />
        <source>%1 (key %2)</source>
        <translation>%1（钥匙 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="125" />
        <location filename="../../desktop_app/gui/trusted_panel.py" line="152" />
        <source>Stop trusting “%1”</source>
        <translation>不再信任“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="148" />
        <source>Stop trusting “%1”?</source>
        <translation>不再信任“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="179" />
        <source>The list of trusted issuers could not be saved (the disk may be full), so “%1” is still on it.</source>
        <translation>信任名单没能存好（可能磁盘满了），“%1”还在信任名单上。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/trusted_panel.py" line="184" />
        <source>“%1” is no longer trusted: its lesson packs will be asked about before they are imported. Its lessons already imported stay.</source>
        <translation>已经不再信任“%1”：以后它的课程包导入前都要先问一声。已经导入的课文照常能学。</translation>
    </message>
</context>
</TS>