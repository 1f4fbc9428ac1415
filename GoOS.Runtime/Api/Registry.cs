using System;
using GoOS.Abi;
using GoOS.Runtime;

namespace GoOS
{
    /// <summary>The kernel's table of published channels: a program publishes a channel under a
    /// name; others look it up (Chan&lt;T&gt;.Lookup). A name dies with its publisher.</summary>
    public static unsafe class Registry
    {
        /// <summary>Publishes channel as name (1..32 printable ASCII). Throws GoOSException
        /// (NameTaken) when the name is published already.</summary>
        public static void Publish(string name, Channel channel)
        {
            byte* text = stackalloc byte[ChannelLimitsAbi.NameBytes];
            int length = Ascii(name, text);
            long status = KernelCall.Call(SystemCall.Publish, (ulong)text, (ulong)length, (ulong)channel.Handle);
            if (status < 0) throw new GoOSException((Status)status, "Publish " + name);
        }

        /// <summary>Takes a name this program published out of the registry; false if it was not there.</summary>
        public static bool Unpublish(string name)
        {
            byte* text = stackalloc byte[ChannelLimitsAbi.NameBytes];
            int length = Ascii(name, text);
            long status = KernelCall.Call(SystemCall.Unpublish, (ulong)text, (ulong)length);
            if (status == (long)Status.NotFound) return false;
            if (status < 0) throw new GoOSException((Status)status, "Unpublish " + name);
            return true;
        }

        /// <summary>The published names.</summary>
        public static string[] List()
        {
            const int Capacity = 256;
            byte* names = stackalloc byte[Capacity * ChannelLimitsAbi.NameBytes];
            long count = KernelCall.Call(SystemCall.ListNames, (ulong)names, Capacity);
            if (count < 0) throw new GoOSException((Status)count, "Registry.List");
            if (count > Capacity) count = Capacity;
            var result = new string[count];
            char* chars = stackalloc char[ChannelLimitsAbi.NameBytes];
            for (int i = 0; i < count; i++)
            {
                byte* name = names + i * ChannelLimitsAbi.NameBytes;
                int length = 0;
                while (length < ChannelLimitsAbi.NameBytes && name[length] != 0) length++;
                for (int c = 0; c < length; c++) chars[c] = (char)name[c];
                result[i] = new string(chars, 0, length);
            }
            return result;
        }

        /// <summary>A new handle to the channel published as name, or -1 (waits as Chan&lt;T&gt;.Lookup says).</summary>
        internal static long LookupHandle(string name, long timeoutMilliseconds)
        {
            byte* text = stackalloc byte[ChannelLimitsAbi.NameBytes];
            int length = Ascii(name, text);
            long timeout = timeoutMilliseconds < 0 ? -1 : timeoutMilliseconds * 1_000_000;
            long handle = KernelCall.Call(SystemCall.Lookup, (ulong)text, (ulong)length, (ulong)timeout);
            if (handle == (long)Status.NotFound) return -1;
            if (handle < 0) throw new GoOSException((Status)handle, "Lookup " + name);
            return handle;
        }

        private static int Ascii(string name, byte* text)
        {
            if (name == null || name.Length == 0 || name.Length > ChannelLimitsAbi.NameBytes) throw new GoOSException(Status.BadName, "Registry: name '" + name + "'");
            for (int i = 0; i < name.Length; i++) text[i] = name[i] < 128 ? (byte)name[i] : (byte)'?';
            return name.Length;
        }
    }
}
