package io.deskprov.provisioning.internal;

import org.jspecify.annotations.Nullable;

import io.deskprov.provisioning.UploadLimits.UploadKind;

/**
 * What a requested file is, from its name alone: which methods it takes, whether it belongs to
 * one device, and where an upload of it is kept. The {@link #tag()} is the metrics tag value.
 */
enum FileKind {
    /** Yealink {@code <mac>.boot}. */
    BOOT("boot", true, false, null, null),
    /** Yealink {@code y000000000000.boot}. */
    COMMON_BOOT("boot", false, false, null, null),
    /** Yealink {@code y0000000000XX.cfg}, Polycom {@code 000000000000.cfg}. */
    COMMON_CONFIG("common", false, false, null, null),
    /** {@code <mac>.cfg}, both vendors. */
    DEVICE_CONFIG("config", true, false, null, null),
    /** Polycom {@code <mac>-<name>.cfg} files other than the uploaded ones, such as {@code -license.cfg}. */
    DEVICE_EXTRA("config", true, false, null, null),
    /** Yealink {@code <mac>-local.cfg}. */
    YEALINK_LOCAL("overrides", true, true, UploadKind.OVERRIDES, "local.cfg"),
    /** Polycom {@code <mac>-phone.cfg}. */
    POLYCOM_PHONE_OVERRIDES("overrides", true, true, UploadKind.OVERRIDES, "phone.cfg"),
    /** Polycom {@code <mac>-web.cfg}. */
    POLYCOM_WEB_OVERRIDES("overrides", true, true, UploadKind.OVERRIDES, "web.cfg"),
    /** Polycom {@code <mac>-directory.xml}. */
    DIRECTORY("directory", true, true, UploadKind.DIRECTORY, "directory.xml"),
    /** Polycom {@code 000000000000-directory.xml}, the site directory. */
    COMMON_DIRECTORY("directory", false, false, null, null),
    /**
     * Yealink {@code <mac>-phonebook.xml}, the company directory as a remote phone book. Not the
     * Polycom name: Yealink phones never upload it, so an upload must not freeze it as Polycom's does.
     */
    PHONEBOOK("directory", true, false, null, null),
    /** Polycom {@code <mac>-calls.xml}. */
    CALLS("calls", true, true, UploadKind.CALLS, "calls.xml"),
    /** Polycom {@code <mac>-app.log}. */
    APP_LOG("log", true, true, UploadKind.LOG, "app.log"),
    /** Polycom {@code <mac>-boot.log}. */
    BOOT_LOG("log", true, true, UploadKind.LOG, "boot.log"),
    /** A firmware image: Yealink {@code .rom}, Polycom {@code .ld}. */
    FIRMWARE("firmware", false, false, null, null),
    /** A name no phone asks for; the metrics bucket of refusals before classification. */
    UNKNOWN("unknown", false, false, null, null);

    private final String tag;
    private final boolean perDevice;
    private final boolean uploadable;
    private final @Nullable UploadKind uploadKind;
    private final @Nullable String storedName;

    FileKind(String tag, boolean perDevice, boolean uploadable, @Nullable UploadKind uploadKind,
             @Nullable String storedName) {
        this.tag = tag;
        this.perDevice = perDevice;
        this.uploadable = uploadable;
        this.uploadKind = uploadKind;
        this.storedName = storedName;
    }

    String tag() {
        return tag;
    }

    /** Whether the name carries the MAC of the one device it belongs to. */
    boolean isPerDevice() {
        return perDevice;
    }

    /** Whether phones PUT this file; such files are also read back from what was uploaded. */
    boolean isUploadable() {
        return uploadable;
    }

    /** The upload limit that applies, for uploadable kinds. */
    @Nullable UploadKind uploadKind() {
        return uploadKind;
    }

    /** The name the server gives the stored upload, never one taken from the request. */
    @Nullable String storedName() {
        return storedName;
    }

    /** Whether the file lists the company's workplaces, so that a change of any of them reaches it. */
    boolean isCompanyDirectory() {
        return this == DIRECTORY || this == COMMON_DIRECTORY || this == PHONEBOOK;
    }

    /** Whether the server renders this kind from the device's data. */
    boolean isRendered() {
        return this != FIRMWARE && this != UNKNOWN && this != APP_LOG && this != BOOT_LOG && this != CALLS;
    }
}
